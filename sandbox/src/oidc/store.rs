//! Authorization codes and refresh tokens, persisted in the issuer's own tables of `sandbox.db`.
//!
//! Only SHA-256 hashes of codes and tokens are stored. Every code and the refresh tokens that
//! descend from it share a `grant_id`, so a replayed code revokes the refresh tokens issued from
//! it, as RFC 6749 §4.1.2 asks. Refresh tokens behave as Entra's: each refresh hands out a new
//! one, but the one presented is not invalidated by its use; it stays valid until it expires or
//! its grant is revoked. Access tokens already issued are self-contained JWTs and stay valid until
//! they expire, as Entra's do.

use sqlx::SqlitePool;

use super::keys::sha256_b64url;
use super::pkce;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS oidc_codes (
    code_hash TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    code_challenge_method TEXT NOT NULL,
    nonce TEXT NOT NULL,
    scope TEXT NOT NULL,
    user_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    redeemed_at INTEGER
);
CREATE TABLE IF NOT EXISTS oidc_refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS oidc_refresh_tokens_by_grant ON oidc_refresh_tokens (grant_id);
";

/// What an authorization code was issued for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CodeGrant {
    pub grant_id: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub code_challenge: String,
    #[sqlx(try_from = "String")]
    pub code_challenge_method: pkce::Method,
    pub nonce: String,
    /// Granted scopes in their canonical form (see `scopes::Granted::to_scope_string`).
    pub scope: String,
    pub user_id: String,
}

/// What a refresh token was issued for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RefreshGrant {
    pub grant_id: String,
    pub client_id: String,
    pub user_id: String,
    pub scope: String,
}

/// Why a code or refresh token cannot be redeemed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedeemError {
    Unknown,
    Expired,
    /// A code that was already redeemed: its grant is now revoked.
    Replayed,
    Revoked,
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

#[derive(sqlx::FromRow)]
struct Status {
    grant_id: String,
    expires_at: i64,
    spent: bool,
    revoked: bool,
}

impl Store {
    pub async fn open(pool: SqlitePool) -> anyhow::Result<Store> {
        sqlx::raw_sql(SCHEMA).execute(&pool).await?;
        Ok(Store { pool })
    }

    /// Forgets every code and refresh token, creating the tables first when the issuer has not
    /// opened this database yet (a reset on first start).
    pub async fn clear(pool: &SqlitePool) -> anyhow::Result<()> {
        sqlx::raw_sql(SCHEMA).execute(pool).await?;
        sqlx::raw_sql("DELETE FROM oidc_codes; DELETE FROM oidc_refresh_tokens;").execute(pool).await?;
        Ok(())
    }

    pub async fn insert_code(&self, code: &str, grant: &CodeGrant, expires_at: i64) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO oidc_codes (code_hash, grant_id, client_id, redirect_uri, code_challenge, \
             code_challenge_method, nonce, scope, user_id, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(sha256_b64url(code.as_bytes()))
        .bind(&grant.grant_id)
        .bind(&grant.client_id)
        .bind(&grant.redirect_uri)
        .bind(&grant.code_challenge)
        .bind(grant.code_challenge_method.as_str())
        .bind(&grant.nonce)
        .bind(&grant.scope)
        .bind(&grant.user_id)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a code redeemed (once) and returns what it was issued for.
    pub async fn redeem_code(&self, code: &str, now: i64) -> anyhow::Result<Result<CodeGrant, RedeemError>> {
        self.spend(
            "UPDATE oidc_codes SET redeemed_at = ?1 WHERE code_hash = ?2 AND redeemed_at IS NULL AND expires_at > ?1 \
             RETURNING grant_id, client_id, redirect_uri, code_challenge, code_challenge_method, nonce, scope, user_id",
            "SELECT grant_id, expires_at, redeemed_at IS NOT NULL AS spent, FALSE AS revoked \
             FROM oidc_codes WHERE code_hash = ?1",
            code,
            now,
        )
        .await
    }

    pub async fn insert_refresh_token(&self, token: &str, grant: &RefreshGrant, expires_at: i64) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO oidc_refresh_tokens (token_hash, grant_id, client_id, user_id, scope, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(sha256_b64url(token.as_bytes()))
        .bind(&grant.grant_id)
        .bind(&grant.client_id)
        .bind(&grant.user_id)
        .bind(&grant.scope)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Looks up a live refresh token; using it does not invalidate it (Entra's refresh tokens are
    /// not single-use).
    pub async fn use_refresh_token(&self, token: &str, now: i64) -> anyhow::Result<Result<RefreshGrant, RedeemError>> {
        self.spend(
            "SELECT grant_id, client_id, user_id, scope FROM oidc_refresh_tokens \
             WHERE token_hash = ?2 AND revoked_at IS NULL AND expires_at > ?1",
            "SELECT grant_id, expires_at, FALSE AS spent, revoked_at IS NOT NULL AS revoked \
             FROM oidc_refresh_tokens WHERE token_hash = ?1",
            token,
            now,
        )
        .await
    }

    /// Runs `spend_sql` (binds: ?1 now, ?2 hash) to use `secret`; when it yields nothing,
    /// `status_sql` (bind: ?1 hash) tells why.
    async fn spend<T>(
        &self,
        spend_sql: &str,
        status_sql: &str,
        secret: &str,
        now: i64,
    ) -> anyhow::Result<Result<T, RedeemError>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Unpin,
    {
        let hash = sha256_b64url(secret.as_bytes());
        // For codes, the conditional update is the single-use guarantee, even under concurrent redemptions.
        let spent = sqlx::query_as::<_, T>(spend_sql).bind(now).bind(&hash).fetch_optional(&self.pool).await?;
        if let Some(grant) = spent {
            return Ok(Ok(grant));
        }
        let status = sqlx::query_as::<_, Status>(status_sql).bind(&hash).fetch_optional(&self.pool).await?;
        self.diagnose(status, now).await
    }

    /// Explains a failed redemption, revoking the grant when a spent secret is presented again.
    async fn diagnose<T>(&self, status: Option<Status>, now: i64) -> anyhow::Result<Result<T, RedeemError>> {
        let Some(status) = status else { return Ok(Err(RedeemError::Unknown)) };
        if status.revoked {
            return Ok(Err(RedeemError::Revoked));
        }
        if status.spent {
            self.revoke_grant(&status.grant_id, now).await?;
            return Ok(Err(RedeemError::Replayed));
        }
        debug_assert!(status.expires_at <= now, "an unspent, unrevoked, live secret is redeemable");
        Ok(Err(RedeemError::Expired))
    }

    async fn revoke_grant(&self, grant_id: &str, now: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE oidc_refresh_tokens SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(grant_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
