const n = new URLSearchParams(location.search).get("n") || "1000";
document.getElementById("widget").setAttribute("src", `generated/dense-${n}.json`);
