// Every operation of the Career Navigator API as a typed document (`<Name>Document`)
// with its result and variables types (`<Name>Query`, `<Name>QueryVariables`, ...),
// usable with any client that accepts a TypedDocumentNode (graphql-request,
// Apollo Client, urql). The sources are the .graphql files under ./operations.
export * from './generated/graphql.js';
// For a normalised cache (Apollo's InMemoryCache `possibleTypes`): which object types implement each
// interface, so fragments on NamedSkill, SignedIn, SearchResult ... match the objects they select.
export { default as schemaPossibleTypes } from './generated/possible-types.js';
