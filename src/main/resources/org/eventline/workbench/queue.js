// eventline workbench: the queue. j/k move, Enter opens, n opens the next article that needs work.
const rows = Array.from(document.querySelectorAll('tbody tr'));
let at = -1;
const focus = (i) => {
  if (!rows.length) return;
  at = (i + rows.length) % rows.length;
  rows.forEach((r, j) => r.classList.toggle('selected', j === at));
  rows[at].querySelector('a').focus();
};
document.addEventListener('keydown', (k) => {
  if (k.ctrlKey || k.metaKey || k.altKey) return;
  if (k.key === 'j') focus(at + 1);
  else if (k.key === 'k') focus(at - 1);
  else if (k.key === 'n') {
    const next = rows.find((r, j) => j > at && r.dataset.needsWork === 'true') || rows.find((r) => r.dataset.needsWork === 'true');
    if (next) window.location.href = next.querySelector('a').getAttribute('href');
  }
});
