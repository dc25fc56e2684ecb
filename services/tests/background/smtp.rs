//! A small SMTP server (RFC 5321: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on 127.0.0.1 that
//! the tests steer: it can refuse the next DATA with 451 (a temporary failure), or stop
//! answering at the next DATA as if the line or the sender died.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

#[derive(Default)]
struct State {
    /// Messages taken (answered 250 after their data), raw.
    received: Mutex<Vec<String>>,
    /// How many of the next DATA commands to refuse.
    refuse: AtomicUsize,
    /// How many of the next DATA commands to leave unanswered.
    hang: AtomicUsize,
    /// Told when a DATA command is left unanswered.
    hung: Notify,
}

#[derive(Clone)]
pub struct TestSmtp {
    pub addr: SocketAddr,
    state: Arc<State>,
}

impl TestSmtp {
    pub async fn start() -> TestSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let server = TestSmtp { addr: listener.local_addr().unwrap(), state: Arc::default() };
        let state = server.state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, state.clone()));
            }
        });
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn refuse_next_data(&self, times: usize) {
        self.state.refuse.store(times, Ordering::SeqCst);
    }

    pub fn hang_at_next_data(&self) {
        self.state.hang.store(1, Ordering::SeqCst);
    }

    /// Waits until a DATA command was left unanswered.
    pub async fn hung(&self) {
        self.state.hung.notified().await;
    }

    pub fn received(&self) -> Vec<String> {
        self.state.received.lock().unwrap().clone()
    }
}

/// Takes one from `counter` if it is above zero.
fn take(counter: &AtomicUsize) -> bool {
    counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok()
}

async fn session(stream: TcpStream, state: Arc<State>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 test.localhost ESMTP\r\n").await?;
    while let Some(line) = lines.next_line().await? {
        let verb = line.split(' ').next().unwrap_or_default().to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 test.localhost\r\n",
            "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            "DATA" if take(&state.hang) => {
                state.hung.notify_one();
                // Never answers; the client gives up or is dropped.
                std::future::pending::<()>().await;
                unreachable!()
            }
            "DATA" if take(&state.refuse) => b"451 4.3.0 Try again later\r\n",
            "DATA" => {
                write.write_all(b"354 Go ahead\r\n").await?;
                let mut message = String::new();
                while let Some(line) = lines.next_line().await? {
                    if line == "." {
                        break;
                    }
                    message.push_str(line.strip_prefix('.').unwrap_or(&line));
                    message.push('\n');
                }
                state.received.lock().unwrap().push(message);
                b"250 OK\r\n"
            }
            _ => b"502 Not implemented\r\n",
        };
        write.write_all(reply).await?;
    }
    Ok(())
}
