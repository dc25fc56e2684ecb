// Copies an invitation link ("Copy link" buttons, `data-copy-link`). A file rather than inline
// script: the pages' Content Security Policy runs no inline script but Leptos' own; and plain
// script so copying does not wait for the app to load.
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-copy-link]');
  if (!button) return;
  navigator.clipboard.writeText(button.dataset.copyLink).then(() => {
    button.textContent = 'Copied';
  });
});
