// Casebook's only script: the process diagram on a case page (no inline scripts: see the CSP).
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.diagramUrl, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      (container.dataset.completed || '').split(' ').filter(Boolean).forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'completed'); }
      });
      (container.dataset.active || '').split(' ').filter(Boolean).forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'highlight'); }
      });
    })
    .catch(function (error) {
      container.textContent = error.message;
    });
});
