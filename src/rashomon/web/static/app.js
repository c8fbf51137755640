// rashomon: the only script. Progressive enhancement; every page works without it.
// Changing the sort order submits the filter form.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select.autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
});
