// An OpenID Certified provider (npm's oidc-provider) laid out like Microsoft Entra's v2.0
// endpoints, for the portal's sign-in tests. Started by server/tests/portal/certified.rs.
//
// Environment: TENANT_ID, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, and USERS (a JSON object of
// login name -> claims such as oid, name, email, wids, roles).
// Prints `listening <port>` once it answers on 127.0.0.1. Reads commands on stdin, one a line:
// `rotate` replaces the signing key (answers `rotated`).
//
// Sign-in needs no form: the interaction signs in the account named by the authorization
// request's `login_hint` and grants what was asked; `login_hint=refuse` answers access_denied.

import http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import readline from 'node:readline';
import Provider from 'oidc-provider';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const tenant = env('TENANT_ID');
const users = JSON.parse(env('USERS'));

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function provider(issuer) {
  const oidc = new Provider(issuer, {
    clients: [{
      client_id: env('CLIENT_ID'),
      client_secret: env('CLIENT_SECRET'),
      redirect_uris: [env('REDIRECT_URI')],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    jwks: { keys: [signingKey()] },
    // Entra's paths under https://login.microsoftonline.com/{tenant}/.
    routes: {
      authorization: `/${tenant}/oauth2/v2.0/authorize`,
      token: `/${tenant}/oauth2/v2.0/token`,
      jwks: `/${tenant}/discovery/v2.0/keys`,
      end_session: `/${tenant}/oauth2/v2.0/logout`,
      userinfo: `/${tenant}/openid/userinfo`,
    },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub', 'oid', 'tid', 'roles', 'wids'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
    },
    // Entra puts the scopes' claims in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx, id) {
      const user = users[id];
      if (!user) return undefined;
      return { accountId: id, claims: () => ({ sub: user.oid, tid: tenant, preferred_username: id, ...user }) };
    },
  });
  oidc.proxy = false;
  return oidc;
}

async function interaction(oidc, req, res) {
  const details = await oidc.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (params.login_hint === 'refuse') {
    return oidc.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user declined to sign in.' });
  }
  if (prompt.name === 'login') {
    return oidc.interactionFinished(req, res, { login: { accountId: params.login_hint } }, { mergeWithLastSubmission: false });
  }
  const grant = new oidc.Grant({ accountId: session.accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope.split(' ').filter((s) => ['openid', 'profile', 'email', 'offline_access'].includes(s)).join(' '));
  return oidc.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}/${tenant}/v2.0`;
  let oidc = provider(issuer);
  const discovery = `/${tenant}/v2.0/.well-known/openid-configuration`;
  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(oidc, req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    // Discovery lives under the issuer's path, as Entra's does.
    if (req.url === discovery) req.url = '/.well-known/openid-configuration';
    oidc.callback()(req, res);
  });
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'rotate') {
      // A new provider with a new key; codes and sessions live in the shared memory adapter.
      oidc = provider(issuer);
      console.log('rotated');
    }
  });
  console.log(`listening ${port}`);
});
