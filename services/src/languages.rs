//! The language each person reads Guestlist in, remembered so that the mail Guestlist writes to
//! them is in it: stored at sign-in (the language that request was answered in) and whenever they
//! choose one in the header's menu. A person who never signed in gets the portal's language
//! (`GUESTLIST_LANGUAGE`, the Context's `language`).

use chrono::Utc;
use i18n::Locale;

use crate::jobs::lease::{on_db, timestamp};
use crate::{Db, Result};

/// Remembers that the person `object_id` (reached at `address`, when known) reads Guestlist in
/// `locale`.
pub async fn remember(db: &Db, object_id: &str, address: Option<&str>, locale: Locale) -> Result<()> {
    let address = address.map(|a| a.trim().to_lowercase()).filter(|a| !a.is_empty());
    let now = timestamp(Utc::now());
    let sql = "INSERT INTO languages (object_id, address, locale, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (object_id) DO UPDATE SET address = COALESCE(excluded.address, languages.address), \
         locale = excluded.locale, updated_at = excluded.updated_at";
    on_db!(db, pool => {
        sqlx::query(sql).bind(object_id).bind(&address).bind(locale.tag()).bind(&now).execute(pool).await?;
    });
    Ok(())
}

/// The language the person `object_id` reads Guestlist in, if Guestlist knows it.
pub async fn of(db: &Db, object_id: &str) -> Result<Option<Locale>> {
    let sql = "SELECT locale FROM languages WHERE object_id = $1";
    let tag: Option<String> = on_db!(db, pool => sqlx::query_scalar(sql).bind(object_id).fetch_optional(pool).await?);
    Ok(tag.as_deref().and_then(Locale::parse))
}

/// The language of whoever is reached at `address` (as they signed in), if Guestlist knows it.
pub async fn of_address(db: &Db, address: &str) -> Result<Option<Locale>> {
    let sql = "SELECT locale FROM languages WHERE address = $1 ORDER BY updated_at DESC LIMIT 1";
    let address = address.trim().to_lowercase();
    let tag: Option<String> = on_db!(db, pool => sqlx::query_scalar(sql).bind(&address).fetch_optional(pool).await?);
    Ok(tag.as_deref().and_then(Locale::parse))
}

/// The language to write to `object_id` (or `address`) in: the one remembered, else
/// `fallback` (e.g. Graph's `preferredLanguage`), else the portal's (`portal`, the Context's
/// `language`). A database error is logged and counts as unknown: the mail still goes out.
pub async fn for_mail(db: &Db, portal: Locale, object_id: Option<&str>, address: Option<&str>, fallback: Option<&str>) -> Locale {
    let remembered = remembered(db, object_id, address).await.unwrap_or_else(|error| {
        tracing::warn!(%error, "the recipient's language could not be read");
        None
    });
    remembered.or_else(|| fallback.and_then(Locale::parse)).unwrap_or(portal)
}

/// The language remembered for `object_id`, else for `address`.
async fn remembered(db: &Db, object_id: Option<&str>, address: Option<&str>) -> Result<Option<Locale>> {
    if let Some(id) = object_id {
        if let Some(locale) = of(db, id).await? {
            return Ok(Some(locale));
        }
    }
    match address {
        Some(address) => of_address(db, address).await,
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_language_is_remembered_by_person_and_address() {
        let db = Db::in_memory().await.unwrap();
        assert_eq!(of(&db, "a").await.unwrap(), None);
        remember(&db, "a", Some("Ann@Contoso.example"), Locale::De).await.unwrap();
        assert_eq!(of(&db, "a").await.unwrap(), Some(Locale::De));
        remember(&db, "a", None, Locale::Fr).await.unwrap();
        assert_eq!(of(&db, "a").await.unwrap(), Some(Locale::Fr));
        assert_eq!(of_address(&db, "ann@contoso.example").await.unwrap(), Some(Locale::Fr));
        assert_eq!(for_mail(&db, Locale::En, Some("b"), Some("ANN@contoso.example"), None).await, Locale::Fr);
        assert_eq!(for_mail(&db, Locale::En, Some("b"), None, Some("es-ES")).await, Locale::Es);
        assert_eq!(for_mail(&db, Locale::En, Some("a"), None, Some("es-ES")).await, Locale::Fr);
        assert_eq!(for_mail(&db, Locale::De, None, None, None).await, Locale::De);
    }
}
