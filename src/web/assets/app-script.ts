/**
 * The reader's only script, served from /static/app.js (no inline script, so the CSP stays strict).
 * It stores the edit token in the browser once and sends it as a Bearer header with each correction.
 */
export const APP_SCRIPT = `"use strict";
(function () {
  var TOKEN_KEY = "banmian-edit-token";
  var AUTHOR_KEY = "banmian-editor";
  var status = document.querySelector("[data-status]");

  function say(message, ok) {
    if (!status) return;
    status.textContent = message;
    status.classList.toggle("ok", Boolean(ok));
  }

  function stored(key) {
    try { return localStorage.getItem(key) || ""; } catch (e) { return ""; }
  }

  function setupTokenForm(form) {
    var state = form.querySelector("[data-token-state]");
    form.elements.author.value = stored(AUTHOR_KEY);
    state.textContent = stored(TOKEN_KEY) ? "令牌已保存" : "尚未保存令牌";
    form.elements.token.required = !stored(TOKEN_KEY);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (form.elements.token.value) localStorage.setItem(TOKEN_KEY, form.elements.token.value);
      localStorage.setItem(AUTHOR_KEY, form.elements.author.value.trim());
      form.elements.token.value = "";
      state.textContent = "令牌已保存";
      say("已保存,可以提交更正。", true);
    });
  }

  function correction(form) {
    var changes = {};
    ["kicker", "headline", "subheadline", "dateline", "byline"].forEach(function (name) {
      changes[name] = form.elements[name].value;
    });
    changes.body = Array.prototype.map.call(form.querySelectorAll("textarea[name=body]"), function (area) { return area.value; });
    changes.people = Array.prototype.map.call(form.querySelectorAll(".person-row"), function (row) {
      return { name: row.querySelector("[name=person-name]").value.trim(), role: row.querySelector("[name=person-role]").value };
    }).filter(function (person) { return person.name; });
    return { method: "PUT", path: "", body: { changes: changes, note: form.elements.note.value || undefined } };
  }

  var ACTIONS = {
    correct: correction,
    split: function (form) { return { method: "POST", path: "/split", body: { atBody: Number(form.elements.atBody.value) } }; },
    merge: function () { return { method: "POST", path: "/merge", body: {} }; },
    restore: function (form) { return { method: "POST", path: "/restore", body: { version: Number(form.elements.version.value) } }; }
  };

  function submit(form, event) {
    event.preventDefault();
    var token = stored(TOKEN_KEY);
    var author = stored(AUTHOR_KEY);
    if (!token || !author) return say("请先填写并保存编辑令牌和编辑署名。");
    var request = ACTIONS[form.dataset.action](form);
    request.body.author = author;
    say("正在保存……", true);
    fetch("/api/articles/" + form.dataset.article + request.path, {
      method: request.method,
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
      body: JSON.stringify(request.body)
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data.error || response.statusText);
        var article = Array.isArray(data) ? data[0] : data;
        location.assign("/articles/" + article.id);
      });
    }).catch(function (error) { say("保存失败:" + error.message); });
  }

  document.querySelectorAll("form[data-token-form]").forEach(setupTokenForm);
  document.querySelectorAll("form[data-action]").forEach(function (form) {
    form.addEventListener("submit", function (event) { submit(form, event); });
  });
})();
`;
