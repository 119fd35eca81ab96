// Validates an OpenAPI document with @apidevtools/swagger-parser, then checks the rules of the specification that the
// parser checks for Swagger 2.0 only ("We don't (yet) support validating against the OpenAPI spec"): every path template
// parameter is declared as a required path parameter and every declared path parameter is in the template, operation
// ids are unique, and every response key is a status code or "default".
// Usage: node validate.mjs FILE. Prints one line; exit code 0 when the document is valid, 1 with every problem otherwise.
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs openapi.json");
  process.exit(2);
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function specProblems(api) {
  const problems = [];
  const operationIds = new Set();
  for (const [path, item] of Object.entries(api.paths ?? {})) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map(m => m[1]);
    for (const method of methods.filter(m => item[m])) {
      const operation = item[method];
      const where = `${method.toUpperCase()} ${path}`;
      const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].filter(p => p.in === "path");
      for (const name of templated) {
        const parameter = declared.find(p => p.name === name);
        if (!parameter) problems.push(`${where}: the path parameter {${name}} is not declared`);
        else if (parameter.required !== true) problems.push(`${where}: the path parameter {${name}} is not required`);
      }
      for (const parameter of declared.filter(p => !templated.includes(p.name)))
        problems.push(`${where}: the path parameter ${parameter.name} is not in the path`);
      if (operation.operationId) {
        if (operationIds.has(operation.operationId)) problems.push(`${where}: the operation id ${operation.operationId} is used twice`);
        operationIds.add(operation.operationId);
      }
      const responses = Object.keys(operation.responses ?? {});
      if (responses.length === 0) problems.push(`${where}: no response is declared`);
      for (const status of responses.filter(s => s !== "default" && !/^[1-5](\d\d|XX)$/.test(s)))
        problems.push(`${where}: ${status} is not a status code`);
    }
  }
  return problems;
}

try {
  await SwaggerParser.validate(file);
  const api = await SwaggerParser.dereference(file);
  const problems = specProblems(api);
  if (problems.length > 0) {
    console.error(`invalid: ${problems.join("; ")}`);
    process.exit(1);
  }
  const operations = Object.values(api.paths ?? {}).reduce((n, item) => n + methods.filter(m => item[m]).length, 0);
  console.log(`valid: OpenAPI ${api.openapi}, ${Object.keys(api.paths ?? {}).length} paths, ${operations} operations`);
} catch (error) {
  console.error(`invalid: ${error.message}`);
  process.exit(1);
}
