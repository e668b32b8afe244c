// The in-browser IDE: GraphiQL from npm, bundled by esbuild (src/ide/bundle.ts) and served
// by the API itself, so it works with no internet. The page passes the endpoint and the
// example operations in a JSON script tag.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const config = JSON.parse(document.getElementById('ide-config').textContent);

async function fetcher(params, options) {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={config.examples} defaultEditorToolsVisibility="variables" />,
);
