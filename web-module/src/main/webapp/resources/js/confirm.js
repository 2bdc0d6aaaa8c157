/*
 * Irreversible actions ask first: a button or link with data-confirm="question" submits only when the
 * person answers yes. Capturing the click stops PrimeFaces' own handlers as well.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var control = event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (control && !window.confirm(control.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
}());
