//! The Guests export of a large sandbox tenant (20,000 guests) in constant memory: a counting
//! global allocator measures the most bytes held at once while the CSV stream is consumed, and
//! the test asserts it stays far below the size of the CSV itself.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use futures::StreamExt;
use graph::{GraphClient, GraphConfig};
use services::audit::{self, AuditAction, AuditFilter};
use services::guests::{export, GuestFilter};
use services::settings::InviteSettings;
use services::{Actor, Context, Db};

/// Bytes held now, and the most held since the last reset.
static HELD: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size() as isize, Ordering::Relaxed) + layout.size() as isize;
        PEAK.fetch_max(held, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let grown = new_size as isize - layout.size() as isize;
        let held = HELD.fetch_add(grown, Ordering::Relaxed) + grown;
        PEAK.fetch_max(held, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exporting_twenty_thousand_guests_holds_one_page_at_a_time() {
    let data = live::DataDir::new("guestlist-export");
    let (sandbox, base) = live::serve(&data, false, |router| router).await;
    sandbox.directory().seed_guests(20_000).await.unwrap();
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let ctx = Context::new(GraphClient::new(reqwest::Client::new(), config), Db::in_memory().await.unwrap(), None, InviteSettings::from_vars(|_| None).unwrap());
    let filter = GuestFilter::parse("cols=name,upn,mail,type,identities,status,last_sign_in,created,company", i18n::Locale::En).unwrap();

    export::audit(&ctx, &Actor::operator(), &filter).await.unwrap();
    let mut lines = std::pin::pin!(export::csv(&ctx, &Actor::operator(), &filter));
    let baseline = HELD.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let (mut rows, mut bytes) = (0usize, 0usize);
    while let Some(line) = lines.next().await {
        let line = line.unwrap();
        rows += 1;
        bytes += line.len();
    }
    let peak_growth = (PEAK.load(Ordering::Relaxed) - baseline).max(0) as usize;
    assert!(rows > 20_000, "header and every guest: {rows} lines");
    assert!(bytes > 4_000_000, "the CSV is large: {bytes} bytes");
    // Holding the export (or every user) would need at least its size. Streaming holds one page
    // of 100 users — plus, in this one process, the sandbox's own work for each request, which
    // sorts the whole tenant (about 1 MiB at 20,000 guests).
    assert!(peak_growth < bytes / 2, "held at most {peak_growth} bytes more while exporting {bytes} bytes");

    let events = audit::list(&ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap();
    assert!(events.iter().any(|e| e.action == AuditAction::ExportGuests));
}
