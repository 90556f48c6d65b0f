// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rootText, TextIndex } from '@/core/anchoring/text-index';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('TextIndex', () => {
  it('concatenates text nodes, skipping scripts, styles, noscript and templates', () => {
    const root = page(
      '<p>Cllr Ann <b>Perrow</b> said</p><script>var x = 1;</script><style>p{}</style>' + '<noscript>enable js</noscript><template>tpl</template><p> yes.</p>',
    );
    expect(rootText(root)).toBe('Cllr Ann Perrow said yes.');
  });

  it('steps over a skipped element wherever it sits: last in a nest, nested in another, or with elements inside', () => {
    const root = page('<div><p>Cllr <i>Ann<style>i{}</style></i></p></div><section><div><script>1</script></div></section> Perrow<textarea>draft</textarea>');
    // Elements a page script put inside a <style> are skipped with it.
    root.querySelector('style')!.append(document.createElement('b'), 'hidden');
    root.querySelector('style b')!.textContent = 'hidden too';
    expect(rootText(root)).toBe('Cllr Ann Perrow');
  });

  it('lets no page-set attribute hide text, and never enters a shadow root', () => {
    const root = page('<p>Cllr Ann Perrow said</p><div data-council-lens-ui><span> yes.</span></div><div id="host"></div>');
    root.querySelector('#host')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Council Lens panel</p>';
    expect(rootText(root)).toBe('Cllr Ann Perrow said yes.');
  });

  it('maps offsets to points and back with binary search', () => {
    const root = page('<p>Alpha <i>beta</i> gamma</p>');
    const index = TextIndex.build(root);
    expect(index.text).toBe('Alpha beta gamma');
    const p = index.offsetToPoint(8);
    expect((p?.node as Text).data).toBe('beta');
    expect(p?.offset).toBe(2);
    // On a node border, forward picks the next node, backward the previous one.
    expect((index.offsetToPoint(6, 'forward')?.node as Text).data).toBe('beta');
    expect((index.offsetToPoint(6, 'backward')?.node as Text).data).toBe('Alpha ');
    const range = index.rangeFromOffsets(6, 16);
    expect(range?.toString()).toBe('beta gamma');
    expect(index.offsetsFromRange(range as Range)).toEqual({ start: 6, end: 16 });
  });

  it('turns element boundary points into text offsets', () => {
    const root = page('<p>One</p><p>Two</p><p>Three</p>');
    const index = TextIndex.build(root);
    const range = document.createRange();
    range.setStart(root, 1); // before the second <p>
    range.setEnd(root, 3); // after the last <p>
    expect(index.offsetsFromRange(range)).toEqual({ start: 3, end: 11 });
    const second = root.children[1] as Element;
    expect(index.pointToOffset(second, 0)).toBe(3);
    expect(index.pointToOffset(second, second.childNodes.length)).toBe(6);
  });

  it('answers null for a root without text', () => {
    const index = TextIndex.build(page('<img alt="x">'));
    expect(index.offsetToPoint(0)).toBeNull();
    expect(index.rangeFromOffsets(0, 0)).toBeNull();
  });
});
