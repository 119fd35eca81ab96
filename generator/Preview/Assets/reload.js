// skillcert serve: reloads this page when what it shows has changed. Served by the preview only, from its own
// address, so the site's Content-Security-Policy (script-src 'self') allows it; never part of a built site.
(() => {
  const token = document.currentScript.dataset.token;
  const query = new URLSearchParams({ path: location.pathname, token });
  const events = new EventSource('/__skillcert/events?' + query);
  events.onmessage = () => {
    events.close();
    location.reload();
  };
  document.addEventListener('click', (e) => {
    const close = e.target.closest('[data-skillcert-close]');
    if (close) close.closest('.skillcert-overlay').hidden = true;
  });
})();
