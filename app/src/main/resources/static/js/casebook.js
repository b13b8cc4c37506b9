// Casebook's only script (no inline scripts: see the CSP): the process diagram on a case page, and
// forms shown again with what was entered.
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

// A form that was refused (or sent after the session ended) comes back with everything entered: the
// page carries the submitted values (data-values, JSON) and they are put back into the same fields.
document.addEventListener('DOMContentLoaded', function () {
  var carrier = document.getElementById('submitted-form');
  if (!carrier) {
    return;
  }
  var values = JSON.parse(carrier.dataset.values || '{}');
  Object.keys(values).forEach(function (name) {
    var entered = values[name];
    var fields = document.querySelectorAll('form [name="' + CSS.escape(name) + '"]');
    var next = 0;
    fields.forEach(function (field) {
      if (field.type === 'hidden' || field.type === 'file' || field.type === 'submit') {
        return;
      }
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = entered.indexOf(field.value) >= 0;
      } else if (field.tagName === 'SELECT') {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = entered.indexOf(option.value) >= 0;
        });
      } else if (next < entered.length) {
        field.value = entered[next++];
      }
    });
  });
});

// Forms with required fields say what the star means; repeatable blocks (the organisations of a card
// application) show one block and a button for the next, keeping every block that already has input.
document.addEventListener('DOMContentLoaded', function () {
  var note = document.getElementById('required-note');
  document.querySelectorAll('form.stacked').forEach(function (form) {
    if (note && form.querySelector('[required]')) {
      var explanation = document.createElement('p');
      explanation.className = 'required-note';
      explanation.textContent = note.textContent;
      form.insertBefore(explanation, form.firstChild);
    }
  });
  document.querySelectorAll('[data-repeat]').forEach(function (group) {
    var items = Array.prototype.slice.call(group.querySelectorAll('[data-repeat-item]'));
    var filled = function (item) {
      return Array.prototype.some.call(item.querySelectorAll('input, select, textarea'), function (field) {
        return field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value.trim() !== '';
      });
    };
    var lastShown = 0;
    items.forEach(function (item, index) {
      if (filled(item)) { lastShown = index; }
    });
    items.forEach(function (item, index) { item.hidden = index > lastShown; });
    if (lastShown === items.length - 1) {
      return;
    }
    var add = document.createElement('button');
    add.type = 'button';
    add.className = 'secondary';
    add.id = 'add-repeat-item';
    add.textContent = group.dataset.repeatAdd;
    add.addEventListener('click', function () {
      var next = items.filter(function (item) { return item.hidden; })[0];
      if (!next) { return; }
      next.hidden = false;
      next.querySelector('input, select, textarea').focus();
      if (!items.some(function (item) { return item.hidden; })) { add.remove(); }
    });
    group.appendChild(add);
  });
});

// A running export's or import's progress bar follows the server; when it has ended, the page shows the result.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-poll-url][data-running="true"]').forEach(function (progress) {
    var bar = progress.querySelector('progress');
    var ask = function () {
      fetch(progress.dataset.pollUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          bar.max = Math.max(state[progress.dataset.totalField], 1);
          bar.value = state[progress.dataset.doneField];
          if (state.status === 'running') {
            setTimeout(ask, 1000);
          } else {
            window.location.reload();
          }
        });
    };
    setTimeout(ask, 1000);
  });
});
