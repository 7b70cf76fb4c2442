// Validates every YAML document in the given files against its Kubernetes or Prometheus Operator schema,
// offline, with the models published on npm. Prints one JSON line per document; exits 1 if any is invalid.
// Usage: node validate.mjs FILE...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

// apiVersion → the module that holds its models: core ("v1") and built-in groups come with kubernetes-models,
// monitoring.coreos.com with @kubernetes-models/prometheus-operator.
function modulePath(apiVersion) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) return `@kubernetes-models/prometheus-operator/${apiVersion}`;
  return `kubernetes-models/${apiVersion}`;
}

async function validate(document) {
  const { apiVersion, kind } = document ?? {};
  if (!apiVersion || !kind) throw new Error("not a Kubernetes object: apiVersion and kind are required");
  let models;
  try {
    models = await import(modulePath(apiVersion));
  } catch {
    throw new Error(`no schema for apiVersion ${apiVersion}`);
  }
  const Model = models[kind];
  if (!Model) throw new Error(`no schema for kind ${kind} in ${apiVersion}`);
  new Model(document).validate();
}

let invalid = 0;
for (const file of process.argv.slice(2)) {
  for (const parsed of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (parsed.errors.length > 0) {
      invalid++;
      console.log(JSON.stringify({ file, valid: false, error: parsed.errors.map(e => e.message).join("; ") }));
      continue;
    }
    const document = parsed.toJS();
    const result = { file, kind: document?.kind, name: document?.metadata?.name };
    try {
      await validate(document);
      console.log(JSON.stringify({ ...result, valid: true }));
    } catch (error) {
      invalid++;
      console.log(JSON.stringify({ ...result, valid: false, error: String(error.message ?? error) }));
    }
  }
}
process.exit(invalid === 0 ? 0 : 1);
