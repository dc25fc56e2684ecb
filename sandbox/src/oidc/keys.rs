//! The issuer's RS256 signing key and compact JWS (JWT) encoding/verification.
//!
//! The key pair is made once and kept as PKCS#8 PEM under the data folder, so tokens and the
//! JWKS stay valid across restarts just as Entra's published keys do.

use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::signature::{SignatureEncoding, Signer, Verifier};
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// File name of the persisted private key inside `SandboxConfig::data_dir`.
pub const KEY_FILE: &str = "oidc-signing-key.pem";
const KEY_BITS: usize = 2048;

/// Why a compact JWS could not be accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwsError {
    /// Not three base64url parts, or the header/payload is not the expected JSON.
    Malformed,
    /// Wrong algorithm, unknown key id, or the signature does not match.
    BadSignature,
}

pub struct KeyPair {
    signing: SigningKey<Sha256>,
    verifying: VerifyingKey<Sha256>,
    kid: String,
    n: String,
    e: String,
}

#[derive(Serialize, Deserialize)]
struct Header {
    alg: String,
    typ: String,
    kid: String,
}

impl KeyPair {
    /// Loads the key from `dir`, generating and saving it (mode 0600) on first use.
    pub async fn load_or_create(dir: &Path) -> anyhow::Result<KeyPair> {
        let path = dir.join(KEY_FILE);
        tokio::task::spawn_blocking(move || {
            let private = match std::fs::read_to_string(&path) {
                Ok(pem) => RsaPrivateKey::from_pkcs8_pem(&pem).map_err(|e| {
                    anyhow::anyhow!("the signing key at {} is not a PKCS#8 RSA key: {e}", path.display())
                })?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    let key = RsaPrivateKey::new(&mut rand::rngs::OsRng, KEY_BITS)?;
                    write_private(&path, key.to_pkcs8_pem(LineEnding::LF)?.as_bytes())?;
                    key
                }
                Err(e) => return Err(anyhow::anyhow!("cannot read the signing key at {}: {e}", path.display())),
            };
            Ok(KeyPair::from_private(private))
        })
        .await?
    }

    fn from_private(private: RsaPrivateKey) -> KeyPair {
        let public = private.to_public_key();
        let n = URL_SAFE_NO_PAD.encode(public.n().to_bytes_be());
        let e = URL_SAFE_NO_PAD.encode(public.e().to_bytes_be());
        // RFC 7638 thumbprint: stable for the key, and changes if the key file is replaced.
        let canonical = format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#);
        let kid = URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()));
        KeyPair { signing: SigningKey::new(private), verifying: VerifyingKey::new(public), kid, n, e }
    }

    /// The public key as a JWK, as published under `discovery/v2.0/keys`.
    pub fn jwk(&self, issuer: &str) -> serde_json::Value {
        serde_json::json!({
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": self.kid,
            "n": self.n,
            "e": self.e,
            "issuer": issuer,
        })
    }

    /// Signs `claims` as a compact RS256 JWS.
    pub fn sign<T: Serialize>(&self, claims: &T) -> String {
        let header = Header { alg: "RS256".into(), typ: "JWT".into(), kid: self.kid.clone() };
        let signing_input = format!("{}.{}", encode_json(&header), encode_json(claims));
        let signature = self.signing.sign(signing_input.as_bytes());
        format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }

    /// Checks the signature of a compact JWS made by this key and decodes its claims.
    pub fn verify<T: DeserializeOwned>(&self, token: &str) -> Result<T, JwsError> {
        let (signing_input, signature) = token.rsplit_once('.').ok_or(JwsError::Malformed)?;
        let (header, payload) = signing_input.split_once('.').ok_or(JwsError::Malformed)?;
        if payload.contains('.') {
            return Err(JwsError::Malformed);
        }
        let header: Header = decode_json(header)?;
        if header.alg != "RS256" || header.kid != self.kid {
            return Err(JwsError::BadSignature);
        }
        let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| JwsError::Malformed)?;
        let signature = Signature::try_from(signature.as_slice()).map_err(|_| JwsError::BadSignature)?;
        self.verifying.verify(signing_input.as_bytes(), &signature).map_err(|_| JwsError::BadSignature)?;
        decode_json(payload)
    }
}

fn encode_json<T: Serialize>(value: &T) -> String {
    // Serialising plain claim structs cannot fail.
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).expect("claims serialise to JSON"))
}

fn decode_json<T: DeserializeOwned>(part: &str) -> Result<T, JwsError> {
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| JwsError::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|_| JwsError::Malformed)
}

/// SHA-256 of `input`, base64url without padding (PKCE S256, pairwise `sub`, stored token hashes).
pub fn sha256_b64url(input: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(input))
}

/// Compares secrets in time independent of where they differ, so timing reveals nothing.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A random, URL-safe secret of 256 bits (authorization codes, refresh tokens).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(unix)]
fn write_private(path: &Path, pem: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(pem)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, pem: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, pem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("sandbox-keys-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[tokio::test]
    async fn signs_and_verifies_and_rejects_other_algorithms() {
        let dir = temp_dir();
        let keys = KeyPair::load_or_create(&dir).await.unwrap();
        let token = keys.sign(&serde_json::json!({ "sub": "x" }));
        let claims: serde_json::Value = keys.verify(&token).unwrap();
        assert_eq!(claims["sub"], "x");

        // `alg: none` with the signature dropped must not pass.
        let header = URL_SAFE_NO_PAD.encode(format!(r#"{{"alg":"none","typ":"JWT","kid":"{}"}}"#, keys.kid));
        let payload = token.split('.').nth(1).unwrap();
        assert_eq!(
            keys.verify::<serde_json::Value>(&format!("{header}.{payload}.")).unwrap_err(),
            JwsError::BadSignature
        );
        assert_eq!(keys.verify::<serde_json::Value>("a.b").unwrap_err(), JwsError::Malformed);
        assert_eq!(keys.verify::<serde_json::Value>(&format!("{token}.x")).unwrap_err(), JwsError::Malformed);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn a_damaged_key_file_is_an_error_not_a_silent_new_key() {
        let dir = temp_dir();
        std::fs::write(dir.join(KEY_FILE), "not a key").unwrap();
        let error = KeyPair::load_or_create(&dir).await.err().unwrap();
        assert!(error.to_string().contains("is not a PKCS#8 RSA key"), "{error}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
