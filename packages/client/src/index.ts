// Every operation of the Career Navigator API as a typed document (`<Name>Document`)
// with its result and variables types (`<Name>Query`, `<Name>QueryVariables`, ...),
// usable with any client that accepts a TypedDocumentNode (graphql-request,
// Apollo Client, urql). The sources are the .graphql files under ./operations.
export * from './generated/graphql.js';
