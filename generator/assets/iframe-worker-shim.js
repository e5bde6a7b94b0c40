/*
 * briefing: offline search under file:// (our own code, no third-party code).
 *
 * Material for MkDocs runs its search in a Web Worker (`new Worker(url)`). Chromium
 * refuses to start a worker from a file:// page, so a briefing opened straight from the
 * file system would have no search. Under file:// this script replaces `Worker` with a
 * stand-in that runs the worker's script in a hidden same-origin iframe and passes
 * messages both ways, asynchronously, as a worker would. Over http(s) it does nothing.
 *
 * The file name must contain "iframe-worker": Material's offline plugin otherwise adds
 * a shim of its own from a CDN. The stand-in is also published as `IFrameWorker`, the
 * name a worker looks for on its parent to know it runs in a frame.
 *
 * It also hands Material's search UI our own search worker (briefing-search-worker.js,
 * next to this file) in place of Material's, under file:// and over http(s) alike: ours
 * answers from an index prebuilt at build time instead of building one in the browser
 * on every page load (see generator/website/search_index.py).
 */
(function () {
  "use strict";

  var MATERIAL_SEARCH_WORKER = /\/workers\/search\.[^\/?#]*\.js(?:[?#].*)?$/;

  /* Our search worker in place of Material's; any other worker as asked. */
  function workerUrl(url) {
    var href = new URL(String(url), location.href).href;
    return MATERIAL_SEARCH_WORKER.test(href)
      ? new URL("../briefing-search-worker.js", href).href
      : href;
  }

  if (location.protocol !== "file:") {
    var NativeWorker = window.Worker;
    if (typeof NativeWorker === "function") {
      var Redirected = function (url, options) {
        return new NativeWorker(workerUrl(url), options);
      };
      Redirected.prototype = NativeWorker.prototype;
      window.Worker = Redirected;
    }
    return;
  }

  function copy(data) {
    return typeof structuredClone === "function" ? structuredClone(data) : data;
  }

  /* Load scripts into a document one after the other; resolves when the last has run. */
  function loadInOrder(doc, urls) {
    return urls.reduce(function (previous, url) {
      return previous.then(function () {
        return new Promise(function (resolve, reject) {
          var script = doc.createElement("script");
          script.src = url;
          script.onload = function () { resolve(); };
          script.onerror = function () { reject(new Error("could not load " + url)); };
          doc.head.appendChild(script);
        });
      });
    }, Promise.resolve());
  }

  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.url = workerUrl(url);
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      this.frame.setAttribute("aria-hidden", "true");
      this.frame.setAttribute("tabindex", "-1");
      (document.body || document.documentElement).appendChild(this.frame);
      var scope = this.frame.contentWindow;
      var self = this;
      // What the worker's script calls: its postMessage talks to the page, and
      // importScripts loads more scripts into its own frame.
      scope.postMessage = function (data) { self.deliver(data); };
      scope.importScripts = function () {
        return loadInOrder(scope.document, Array.prototype.slice.call(arguments));
      };
      scope.addEventListener("error", function (event) { self.fail(event.message, event.error); });
      this.ready = loadInOrder(scope.document, [this.url]);
      this.ready.catch(function (error) { self.fail(error.message, error); });
    }

    /* A message from the worker's script to the page. */
    deliver(data) {
      var event = new MessageEvent("message", { data: copy(data) });
      var self = this;
      setTimeout(function () {
        self.dispatchEvent(event);
        if (typeof self.onmessage === "function") {
          self.onmessage(event);
        }
      }, 0);
    }

    fail(message, error) {
      var event = new ErrorEvent("error", { message: message, filename: this.url, error: error });
      this.dispatchEvent(event);
      if (typeof this.onerror === "function") {
        this.onerror(event);
      }
    }

    /* A message from the page to the worker's script, once the script has loaded. */
    postMessage(data) {
      var frame = this.frame;
      var event = new MessageEvent("message", { data: copy(data) });
      this.ready.then(function () {
        if (frame.contentWindow) {
          frame.contentWindow.dispatchEvent(event);
        }
      }, function () {});
    }

    terminate() {
      this.frame.remove();
    }
  }

  window.IFrameWorker = FrameWorker;
  window.Worker = FrameWorker;
})();
