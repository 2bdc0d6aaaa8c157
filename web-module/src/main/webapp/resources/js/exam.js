/*
 * The candidate's running test. The server keeps the clock and the answers: this script only shows
 * the time the server says is left, sends each answer the moment it is chosen, and says whether it was
 * saved. When the time is up it reloads the page, and the server shows the result.
 */
(function () {
    'use strict';
    var exam = document.getElementById('exam');
    if (!exam) {
        return;
    }
    var answerUrl = exam.getAttribute('data-answer-url');
    var attempt = exam.getAttribute('data-attempt');
    var countdown = document.getElementById('exam-countdown');
    var answeredCount = document.getElementById('exam-answered');
    var endsAt = Date.now() + Number(exam.getAttribute('data-remaining')) * 1000;
    var unsaved = {};
    var retryTimer = null;

    function pad(number) {
        return (number < 10 ? '0' : '') + number;
    }

    function tick() {
        var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
        var hours = Math.floor(left / 3600);
        var minutes = Math.floor((left % 3600) / 60);
        countdown.textContent = (hours > 0 ? hours + ':' + pad(minutes) : String(minutes)) + ':' + pad(left % 60);
        if (left === 0) {
            window.location.reload();
            return;
        }
        window.setTimeout(tick, 1000);
    }

    function mark(position, text, failed) {
        var note = document.getElementById('saved-' + position);
        note.textContent = text;
        note.classList.toggle('exam-saved--failed', failed);
    }

    function countAnswered() {
        var questions = exam.querySelectorAll('.exam-question');
        var answered = 0;
        for (var i = 0; i < questions.length; i++) {
            if (questions[i].querySelector('input[type=radio]:checked')) {
                answered++;
            }
        }
        answeredCount.textContent = String(answered);
    }

    function send(position, place) {
        var body = 'attempt=' + encodeURIComponent(attempt) + '&position=' + encodeURIComponent(position)
            + '&place=' + encodeURIComponent(place);
        mark(position, exam.getAttribute('data-saving-text'), false);
        fetch(answerUrl, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-Kuzmat-Exam': '1'},
            body: body
        }).then(function (response) {
            return response.json().then(function (json) {
                return {ok: response.ok, status: response.status, json: json};
            });
        }).then(function (reply) {
            if (reply.ok) {
                if (unsaved[position] === place) {
                    delete unsaved[position];
                }
                endsAt = Date.now() + reply.json.remainingSeconds * 1000;
                mark(position, exam.getAttribute('data-saved-text'), false);
            } else if (reply.status === 409) {
                // Time is up or the test was submitted elsewhere: the page shows the result.
                window.location.reload();
            } else {
                mark(position, reply.json.detail, true);
            }
        }).catch(function () {
            unsaved[position] = place;
            mark(position, exam.getAttribute('data-failed-text'), true);
            if (!retryTimer) {
                retryTimer = window.setTimeout(retry, 5000);
            }
        });
    }

    function retry() {
        retryTimer = null;
        Object.keys(unsaved).forEach(function (position) {
            send(position, unsaved[position]);
        });
    }

    exam.addEventListener('change', function (event) {
        var input = event.target;
        if (input.type !== 'radio') {
            return;
        }
        countAnswered();
        send(input.getAttribute('data-position'), input.value);
    });

    var submit = document.getElementById('submit-form:exam-submit');
    if (submit) {
        submit.addEventListener('click', function (event) {
            var question = exam.getAttribute('data-confirm-text')
                .replace('{0}', answeredCount.textContent)
                .replace('{1}', String(exam.querySelectorAll('.exam-question').length));
            if (!window.confirm(question)) {
                event.preventDefault();
            }
        });
    }
    tick();
}());
