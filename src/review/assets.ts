/** Styles and behaviour of review.html, inlined so the page works from the file system with no network. */
export const REVIEW_CSS = `
:root{--actual:#d7ecff;--target:#ffe3c2;--added:#2da44e;--removed:#cf222e;--changed:#bf8700}
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328}
header{padding:.8rem 1.2rem;border-bottom:1px solid #d0d7de;background:#f6f8fa;position:sticky;top:0;z-index:2}
header h1{font-size:1.1rem;margin:0 0 .3rem}
.legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;padding:1rem 1.2rem}
article{margin-bottom:1.5rem}article h2{font-size:1rem;margin:.2rem 0}
.text{white-space:pre-wrap;line-height:1.8;font-size:.95rem;max-height:70vh;overflow:auto;border:1px solid #d0d7de;padding:.6rem;border-radius:6px}
mark{cursor:pointer;border-radius:3px;padding:0 1px;background:var(--actual)}
mark.k-target{background:var(--target)}
mark.m-change{text-decoration:underline dotted 2px}
mark.d-added{outline:2px solid var(--added)}mark.d-changed{outline:2px solid var(--changed)}
mark.d-removed{background:none;outline:2px dashed var(--removed);text-decoration:line-through}
mark.focus{box-shadow:0 0 0 3px #0969da}
.filters{display:flex;flex-wrap:wrap;gap:.4rem;margin-bottom:.5rem}
.filters select,.filters input{font:inherit;font-size:.85rem;padding:.15rem .3rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid #d0d7de;padding:.2rem .3rem;text-align:left;vertical-align:top}
tbody tr{cursor:pointer}tbody tr:hover{background:#f6f8fa}
tr.d-added td:first-child{border-left:4px solid var(--added)}tr.d-changed td:first-child{border-left:4px solid var(--changed)}tr.d-removed td:first-child{border-left:4px solid var(--removed)}
#detail{position:fixed;right:1rem;bottom:1rem;max-width:28rem;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.6rem;box-shadow:0 4px 14px rgba(0,0,0,.15);font-size:.8rem;white-space:pre-wrap;display:none;z-index:3}
#count{font-size:.85rem;color:#57606a}
`;

export const REVIEW_JS = `
(() => {
  const data = JSON.parse(document.getElementById('zhibiao-data').textContent);
  const byId = new Map(data.records.map((r) => [r.id, r]));
  const detail = document.getElementById('detail');
  const show = (id) => {
    const r = byId.get(id);
    if (!r) return;
    const { id: _id, diff, old, ...fields } = r;
    let text = JSON.stringify(fields, null, 2);
    if (diff) text = diff + '\\n' + text;
    if (old) text += '\\nbefore: ' + JSON.stringify(old, null, 2);
    detail.textContent = text;
    detail.style.display = 'block';
  };
  const focus = (id) => {
    document.querySelectorAll('mark.focus').forEach((m) => m.classList.remove('focus'));
    const mark = document.querySelector('mark[data-id="' + id + '"]');
    if (mark) { mark.classList.add('focus'); mark.scrollIntoView({ block: 'center' }); }
    show(id);
  };
  document.querySelectorAll('mark[data-id]').forEach((m) => {
    m.addEventListener('mouseenter', () => show(m.dataset.id));
    m.addEventListener('click', () => focus(m.dataset.id));
  });
  const rows = [...document.querySelectorAll('#records tbody tr')];
  rows.forEach((tr) => tr.addEventListener('click', () => focus(tr.dataset.id)));
  const controls = ['indicator', 'kind', 'unit', 'rule', 'change'].map((k) => document.getElementById('f-' + k));
  const search = document.getElementById('f-search');
  const count = document.getElementById('count');
  const apply = () => {
    const [indicator, kind, unit, rule, change] = controls.map((c) => (c ? c.value : ''));
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    for (const tr of rows) {
      const r = byId.get(tr.dataset.id);
      const ok = (!indicator || r.indicator === indicator) && (!kind || r.kind === kind) && (!unit || r.unit === unit) && (!rule || r.rule === rule)
        && (!change || (r.change || 'same') === change)
        && (!q || (r.doc + ' ' + r.quote + ' ' + r.indicator + ' ' + r.sentence).toLowerCase().includes(q));
      tr.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown + ' / ' + rows.length + ' records';
  };
  controls.forEach((c) => c && c.addEventListener('change', apply));
  search.addEventListener('input', apply);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') detail.style.display = 'none'; });
  apply();
})();
`;
