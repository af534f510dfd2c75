document.getElementById("show").addEventListener("click", () => document.getElementById("tab").classList.remove("closed"));
