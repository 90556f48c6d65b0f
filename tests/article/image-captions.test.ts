// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stripImageCaptions } from '@/core/article/image-captions';
import { loadPage } from './load-page';

describe('stripImageCaptions', () => {
  it('removes a picture block whose short text ends in a photo credit', () => {
    const doc = loadPage(`<div id="c"><div class="post-img"><img src="a.jpg"><em>Swimmers at the baths. Picture: Calderbrook Times</em></div>
      <p>The council will run the baths from April.</p>
      <div><img src="b.jpg"><span>A pothole near Aldwick. (Image: Liam Bradshaw)</span></div></div>`);
    const content = doc.getElementById('c')!;
    expect(stripImageCaptions(content)).toBe(2);
    expect(content.textContent).not.toContain('Swimmers');
    expect(content.textContent).not.toContain('pothole');
    expect(content.textContent).toContain('run the baths');
  });

  it('keeps story text beside a picture, and a picture block without a credit', () => {
    const doc = loadPage(`<div id="c"><div><img src="a.jpg"><p>Photo: the council said the pool would reopen.</p></div>
      <div><img src="b.jpg"><span>Brook Street baths in 1930</span></div></div>`);
    const content = doc.getElementById('c')!;
    expect(stripImageCaptions(content)).toBe(0);
    expect(content.textContent).toContain('Brook Street baths in 1930');
  });

  it('removes an old layout\'s picture table whose caption sits a row below the picture, with a "photo by" credit', () => {
    const doc = loadPage(`<div id="c"><table class="photo"><tr><td><img src="a.jpg"></td></tr>
      <tr><td><i>A grader works the gravel on County Road 17. Reporter photo by Dwayne Sisk</i></td></tr></table>
      <p>The commission voted 5-0 on Thursday.</p></div>`);
    const content = doc.getElementById('c')!;
    expect(stripImageCaptions(content)).toBe(1);
    expect(content.textContent).not.toContain('grader');
    expect(content.textContent).toContain('voted 5-0');
  });
});
