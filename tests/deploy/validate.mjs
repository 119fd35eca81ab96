// Validates every object of a rendered Kustomize overlay (YAML on stdin) against the Kubernetes schemas that the npm
// package kubernetes-models carries, offline. Prints one line per object; exits 1 when any object is invalid or of a
// kind it has no schema for, so that a typo in deploy/k8s fails the test instead of the cluster's apply.
import { parseAllDocuments } from "yaml";

const input = await new Promise(resolve => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", chunk => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});

let failures = 0;
for (const document of parseAllDocuments(input)) {
  if (document.errors.length > 0) {
    console.log(`invalid YAML: ${document.errors[0].message}`);
    failures++;
    continue;
  }
  const object = document.toJS();
  if (object === null) continue;
  const { apiVersion, kind } = object;
  const name = `${kind}/${object.metadata?.name}`;
  // "apps/v1" lives in kubernetes-models/apps/v1, the core "v1" in kubernetes-models/v1.
  const module = await import(`kubernetes-models/${apiVersion}`).catch(() => null);
  const Model = module?.[kind];
  if (!Model) {
    console.log(`${name}: no schema for ${apiVersion} ${kind}`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`${name}: valid`);
  } catch (error) {
    console.log(`${name}: ${error.message.replace(/\s+/g, " ")}`);
    failures++;
  }
}
process.exit(failures === 0 ? 0 : 1);
