// An infinite-scroll feed: articles with the widget are added and removed.
// window.churn(n) adds and removes an article n times, each time waiting
// for the widget to be ready before removing it.
const feed = document.getElementById("feed");
window.churn = async (n) => {
  for (let i = 0; i < n; i++) {
    const article = document.createElement("article");
    const widget = document.createElement("tiexi-infographic");
    widget.setAttribute("loading", "eager");
    widget.setAttribute("lang", i % 2 ? "en" : "zh-Hant");
    const ready = new Promise((resolve) => widget.addEventListener("tiexi:ready", resolve, { once: true }));
    article.append(widget);
    feed.append(article);
    await ready;
    article.remove();
  }
  return document.querySelectorAll("tiexi-infographic").length;
};
