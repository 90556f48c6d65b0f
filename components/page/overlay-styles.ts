/**
 * Styles for the page overlay. They live inside the shadow root, so the news site's CSS cannot
 * reach them and they cannot leak into the page. Light and dark follow the reader's setting.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, sans-serif; }
.card, .toolbar, .editor, .toast {
  position: fixed; z-index: 2147483647; color: #1b1b1f; background: #fff;
  border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
}
.card { width: 300px; padding: 10px 12px; }
.card .kind, .subhead, .muted { color: #5b5b66; font-size: 12px; margin: 0; }
.card .heading { font-weight: 600; font-size: 14px; margin: 2px 0; }
.card .detail { margin: 0 0 2px; }
.subhead { margin-top: 8px; text-transform: uppercase; letter-spacing: 0.04em; }
.related { list-style: none; margin: 4px 0 0; padding: 0; max-height: 160px; overflow: auto; }
.related li { margin: 0 0 6px; display: flex; flex-direction: column; }
a { color: #0b57d0; }
.toolbar { display: flex; gap: 4px; padding: 4px; align-items: center; }
button { cursor: pointer; border: 1px solid #c9c9d1; border-radius: 6px; background: #f4f4f6; color: inherit; padding: 3px 8px; }
button:focus-visible, input:focus-visible, textarea:focus-visible, label:focus-within { outline: 2px solid #0b57d0; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; display: inline-block; position: relative; }
.swatch input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.swatch:has(input:checked) { outline: 2px solid #1b1b1f; }
.swatch-yellow { background: #ffe866; } .swatch-green { background: #9be29b; } .swatch-blue { background: #9cc8ff; }
.swatch-pink { background: #ffb3d9; } .swatch-orange { background: #ffc58a; }
.editor { width: 320px; padding: 10px 12px; display: flex; flex-direction: column; gap: 8px; }
.editor label { display: flex; flex-direction: column; gap: 2px; }
.editor textarea, .editor input:not([type=radio]) { width: 100%; border: 1px solid #c9c9d1; border-radius: 6px; padding: 4px 6px; background: #fff; color: inherit; }
.quote { margin: 0; padding-left: 8px; border-left: 3px solid #c9c9d1; max-height: 60px; overflow: hidden; color: #5b5b66; }
.colors { border: 0; padding: 0; margin: 0; display: flex; gap: 6px; }
.colors legend { padding: 0; margin-bottom: 4px; }
.actions { display: flex; gap: 6px; justify-content: flex-end; }
.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.danger { margin-right: auto; color: #b3261e; }
.toast { left: 50%; bottom: 16px; transform: translateX(-50%); padding: 8px 10px; display: flex; gap: 8px; align-items: center; max-width: 90vw; }
.toast-error { border-color: #b3261e; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (prefers-color-scheme: dark) {
  .card, .toolbar, .editor, .toast { color: #e6e6ea; background: #202024; border-color: #44444c; }
  .card .kind, .subhead, .muted, .quote { color: #a8a8b3; }
  button { background: #2c2c31; border-color: #44444c; }
  .editor textarea, .editor input:not([type=radio]) { background: #18181b; border-color: #44444c; }
  a { color: #8ab4f8; }
  .swatch:has(input:checked) { outline-color: #e6e6ea; }
}
`;
