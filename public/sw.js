// Packline's floor service worker: the pick screen opens without a network. It keeps
//  - the /pick page itself (network first: online, the fresh page is shown and kept),
//  - Next's hashed static files (they never change under one name, so cache first),
//  - the last pick list answers (network first; offline, the kept copy is answered with
//    "offlineSavedAt" added, so the screen says it is a saved copy and how old it is).
// Nothing else is touched: other pages and every other API answer go to the network as if this
// worker did not exist, so no other page is ever served stale and no other data is kept.
// Its version is the build's id (the ?v= it is registered with): a deploy installs a new
// worker, which drops the caches of the old one. Signing out empties the caches.
"use strict";

const VERSION = new URL(self.location.href).searchParams.get("v") || "dev";
const PREFIX = "packline-floor-";
const SHELL = `${PREFIX}shell-${VERSION}`;
const LISTS = `${PREFIX}lists-${VERSION}`;
const KEEP_LISTS = 12;
const PICK_PAGE = "/pick";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) =>
        cache.addAll(["/manifest.webmanifest", "/floor/icon-192.png", "/floor/icon-512.png"]),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((n) => n.startsWith(PREFIX) && n !== SHELL && n !== LISTS)
            .map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function dropAll() {
  return caches
    .keys()
    .then((names) =>
      Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n))),
    );
}

// Only a real, signed-in answer for /pick is kept: never a redirect to the sign-in page.
async function pickPage(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(PICK_PAGE, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(PICK_PAGE);
    if (kept) return kept;
    throw error;
  }
}

async function staticFile(request) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function keepList(request, response) {
  const cache = await caches.open(LISTS);
  const headers = new Headers(response.headers);
  headers.set("x-packline-saved-at", new Date().toISOString());
  await cache.put(request, new Response(await response.clone().text(), { status: 200, headers }));
  const keys = await cache.keys();
  await Promise.all(
    keys.slice(0, Math.max(0, keys.length - KEEP_LISTS)).map((k) => cache.delete(k)),
  );
}

async function pickList(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await keepList(request, response);
    return response;
  } catch (error) {
    const kept = await (await caches.open(LISTS)).match(request);
    if (!kept) throw error;
    const list = await kept.json();
    list.offlineSavedAt = kept.headers.get("x-packline-saved-at");
    return new Response(JSON.stringify(list), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    if (url.pathname.startsWith("/api/auth/signout")) event.waitUntil(dropAll());
    return;
  }
  if (request.mode === "navigate" && url.pathname === PICK_PAGE) {
    event.respondWith(pickPage(request));
  } else if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(staticFile(request));
  } else if (url.pathname === "/api/picklist") {
    event.respondWith(pickList(request));
  }
});

// The page that registered this worker loaded before it existed: it lists the files it used,
// and the worker keeps them and the page, so the very next reload works offline.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "keep-shell" || !Array.isArray(data.urls)) return;
  const files = data.urls.filter(
    (u) =>
      typeof u === "string" &&
      new URL(u, self.location.origin).pathname.startsWith("/_next/static/"),
  );
  event.waitUntil(
    Promise.all([
      pickPage(new Request(PICK_PAGE, { credentials: "same-origin" })).catch(() => undefined),
      caches
        .open(SHELL)
        .then((cache) => Promise.all(files.map((u) => cache.add(u).catch(() => undefined)))),
    ]),
  );
});
