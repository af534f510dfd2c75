// What an AMP runtime does with "embed-size": resize the iframe.
window.__sizes = [];
addEventListener("message", (event) => {
  if (event.origin !== "http://127.0.0.1:8091") return;
  const data = event.data;
  if (data && data.sentinel === "amp" && data.type === "embed-size") {
    window.__sizes.push(data.height);
    document.getElementById("frame").style.height = `${data.height}px`;
  }
});
