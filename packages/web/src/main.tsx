import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient, createSessionStore } from './api/index.js';
import { App } from './app/index.js';
import { SessionProvider } from './auth/index.js';
import './styles.css';

const sessions = createSessionStore();
const client = createApolloClient(sessions);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider store={sessions} client={client}>
        <App />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
