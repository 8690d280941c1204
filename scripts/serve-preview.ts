import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".json": "application/json",
};

const OFFICE_JS = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Serve the built pages (webpack's dist/web), and Office.js from its npm package, on loopback only. */
export function startPreviewServer(port: number, web: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path === "/") path = "/preview.html";
    const [base, rel] = path.startsWith("/office-js/")
      ? [OFFICE_JS, path.slice("/office-js/".length)]
      : [web, path.slice(1)];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3001);
  // Compiled to dist/scripts, beside dist/web.
  void startPreviewServer(port, join(__dirname, "..", "web")).then(() =>
    process.stdout.write(`preview: http://localhost:${port}/preview.html\n`)
  );
}
