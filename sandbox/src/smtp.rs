//! A receive-only SMTP server (RFC 5321 subset) that delivers every message into the sandbox
//! outbox, so mail the portal sends itself goes through its real SMTP code and shows up in
//! `/_sandbox/mail` like Microsoft's invitations. Listens on 127.0.0.1 only; nothing is relayed.
//!
//! Commands: EHLO/HELO, MAIL FROM, RCPT TO, DATA (dot-unstuffed), RSET, NOOP, QUIT. Lines,
//! recipients and message size are bounded.

use std::net::SocketAddr;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::directory::model::MailMessage;
use crate::Sandbox;

/// Longest command or text line accepted, CRLF included (RFC 5321 §4.5.3.1.6 says 1000).
const MAX_LINE: usize = 1000;
const MAX_RECIPIENTS: usize = 100;
/// Largest message accepted by DATA.
pub const MAX_MESSAGE: usize = 1024 * 1024;

/// Starts the receiver on 127.0.0.1 (a free port) and returns its address.
pub async fn start(sandbox: Sandbox) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let sandbox = sandbox.clone();
            tokio::spawn(async move {
                let (read, write) = stream.into_split();
                if let Err(error) = session(read, write, &sandbox).await {
                    tracing::debug!(%error, "sandbox SMTP session ended");
                }
            });
        }
    });
    Ok(addr)
}

/// One message as received: envelope and raw content.
#[derive(Debug, Default, PartialEq, Eq)]
struct Envelope {
    from: Option<String>,
    to: Vec<String>,
}

/// Reads one line (at most `MAX_LINE` bytes); `None` at end of input, `Err` if too long.
async fn read_line<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let n = (&mut *reader).take(MAX_LINE as u64).read_until(b'\n', &mut line).await?;
    if n == 0 {
        return Ok(None);
    }
    if !line.ends_with(b"\n") {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "line too long"));
    }
    Ok(Some(line))
}

fn address(argument: &str) -> Option<String> {
    let start = argument.find('<')?;
    let end = argument[start..].find('>')? + start;
    Some(argument[start + 1..end].to_owned())
}

async fn session<R, W>(read: R, mut write: W, sandbox: &Sandbox) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(read);
    let mut envelope = Envelope::default();
    write.write_all(b"220 sandbox.localhost ESMTP receive-only sandbox outbox\r\n").await?;
    loop {
        let line = match read_line(&mut reader).await {
            Ok(Some(line)) => line,
            Ok(None) => return Ok(()),
            Err(error) => {
                write.write_all(b"500 5.5.2 Line too long\r\n").await?;
                return Err(error);
            }
        };
        let line = String::from_utf8_lossy(&line).trim_end().to_owned();
        let (verb, argument) = line.split_once(' ').unwrap_or((&line, ""));
        let reply: &[u8] = match verb.to_ascii_uppercase().as_str() {
            "EHLO" => {
                let greeting = format!("250-sandbox.localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE {MAX_MESSAGE}\r\n");
                write.write_all(greeting.as_bytes()).await?;
                continue;
            }
            "HELO" => b"250 sandbox.localhost\r\n",
            "MAIL" => match address(argument) {
                Some(from) if argument.to_ascii_uppercase().starts_with("FROM:") => {
                    envelope = Envelope { from: Some(from), to: Vec::new() };
                    b"250 2.1.0 OK\r\n"
                }
                _ => b"501 5.5.4 Syntax: MAIL FROM:<address>\r\n",
            },
            "RCPT" => match (address(argument), &envelope.from) {
                (_, None) => b"503 5.5.1 MAIL first\r\n",
                (_, Some(_)) if envelope.to.len() >= MAX_RECIPIENTS => b"452 4.5.3 Too many recipients\r\n",
                (Some(to), Some(_)) if argument.to_ascii_uppercase().starts_with("TO:") => {
                    envelope.to.push(to);
                    b"250 2.1.5 OK\r\n"
                }
                _ => b"501 5.5.4 Syntax: RCPT TO:<address>\r\n",
            },
            "DATA" if envelope.to.is_empty() => b"503 5.5.1 RCPT first\r\n",
            "DATA" => {
                write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
                let reply = match read_data(&mut reader).await? {
                    Some(content) => {
                        let mail = to_mail(sandbox, &std::mem::take(&mut envelope), &content);
                        match sandbox.directory().write().await.put_mail(mail).await {
                            Ok(()) => &b"250 2.0.0 OK: in the sandbox outbox\r\n"[..],
                            Err(_) => &b"451 4.3.0 The sandbox could not store the message\r\n"[..],
                        }
                    }
                    None => {
                        envelope = Envelope::default();
                        &b"552 5.3.4 Message too big\r\n"[..]
                    }
                };
                write.write_all(reply).await?;
                continue;
            }
            "RSET" => {
                envelope = Envelope::default();
                b"250 2.0.0 OK\r\n"
            }
            "NOOP" => b"250 2.0.0 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 2.0.0 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 5.5.1 Command not implemented\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// The message up to the lone `.` line, dot-unstuffed; `None` if it exceeds `MAX_MESSAGE`
/// (the rest is read and dropped, so the session can go on).
async fn read_data<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) -> std::io::Result<Option<Vec<u8>>> {
    let mut content = Vec::new();
    let mut too_big = false;
    loop {
        let Some(line) = read_line(reader).await? else {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed in DATA"));
        };
        if line == b".\r\n" || line == b".\n" {
            return Ok((!too_big).then_some(content));
        }
        let line = line.strip_prefix(b".").unwrap_or(&line);
        too_big |= content.len() + line.len() > MAX_MESSAGE;
        if !too_big {
            content.extend_from_slice(line);
        }
    }
}

/// Unfolded header fields and the body (decoded from base64 when so marked).
fn parse(content: &[u8]) -> (Vec<(String, String)>, String) {
    let text = String::from_utf8_lossy(content).replace("\r\n", "\n");
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        match (line.starts_with([' ', '\t']), headers.last_mut()) {
            (true, Some((_, value))) => value.push_str(line),
            _ => {
                if let Some((name, value)) = line.split_once(':') {
                    headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
                }
            }
        }
    }
    let encoding = headers.iter().find(|(n, _)| n == "content-transfer-encoding").map(|(_, v)| v.to_ascii_lowercase());
    let body = match encoding.as_deref() {
        Some("base64") => STANDARD
            .decode(body.split_whitespace().collect::<String>())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_else(|_| body.to_owned()),
        _ => body.to_owned(),
    };
    (headers, body)
}

/// RFC 2047 `=?utf-8?b?…?=` words (what mail libraries write for non-ASCII subjects); the
/// space between two encoded words is dropped, any other is kept.
fn decode_words(value: &str) -> String {
    let decode = |word: &str| -> Option<String> {
        let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
        let mut parts = inner.splitn(3, '?');
        let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
        let bytes = encoding.eq_ignore_ascii_case("b").then(|| STANDARD.decode(text).ok()).flatten()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    };
    let mut out = String::new();
    let mut previous_encoded = false;
    for word in value.split_whitespace() {
        let decoded = decode(word);
        if !out.is_empty() && !(previous_encoded && decoded.is_some()) {
            out.push(' ');
        }
        previous_encoded = decoded.is_some();
        out.push_str(&decoded.unwrap_or_else(|| word.to_owned()));
    }
    out
}

fn to_mail(sandbox: &Sandbox, envelope: &Envelope, content: &[u8]) -> MailMessage {
    let (headers, body) = parse(content);
    let header = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| decode_words(v)).unwrap_or_default();
    let redeem_url = body.split_whitespace().find(|w| w.starts_with("https://") || w.starts_with("http://")).unwrap_or_default().to_owned();
    MailMessage {
        id: uuid::Uuid::new_v4().to_string(),
        sent: sandbox.directory().now(),
        from: envelope.from.clone().unwrap_or_default(),
        to: envelope.to.join(", "),
        cc: Vec::new(),
        subject: header("subject"),
        body,
        language: header("content-language"),
        redeem_url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_unfold_and_base64_bodies_and_subjects_decode() {
        let raw = b"Subject: =?utf-8?b?SW52aXRhY2nDs24=?=\r\n de Priya\r\nContent-Language: es\r\n\
Content-Transfer-Encoding: base64\r\n\r\nSG9sYSBodHRwczovL3guZXhhbXBsZS9y\r\n";
        let (headers, body) = parse(raw);
        assert_eq!(decode_words(&headers[0].1), "Invitación de Priya");
        assert_eq!(decode_words("vous invite =?utf-8?b?w6A=?= =?utf-8?b?w6A=?= nous"), "vous invite àà nous");
        assert_eq!(headers[1], ("content-language".into(), "es".into()));
        assert_eq!(body, "Hola https://x.example/r");
    }

    async fn sandbox() -> Sandbox {
        let data_dir = std::env::temp_dir().join(format!("sandbox-smtp-{}", uuid::Uuid::new_v4()));
        let public_url = url::Url::parse("http://127.0.0.1:9").unwrap();
        let config = crate::SandboxConfig { data_dir, public_url, portal_redirect_uris: vec![], throttle_invitations: false, portal_front_channel_logout_url: None };
        Sandbox::open(config).await.unwrap()
    }

    async fn reply(reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>) -> String {
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).await.unwrap();
            // Multi-line replies continue with `250-`.
            if line.as_bytes().get(3) != Some(&b'-') {
                return line.trim_end().to_owned();
            }
        }
    }

    /// Sends `lines` one by one and returns the server's replies (none inside DATA).
    async fn talk(addr: SocketAddr, lines: &[&str]) -> Vec<String> {
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (read, mut write) = stream.into_split();
        let mut reader = BufReader::new(read);
        let mut replies = vec![reply(&mut reader).await];
        let mut in_data = false;
        for line in lines {
            write.write_all(format!("{line}\r\n").as_bytes()).await.unwrap();
            if !in_data || *line == "." {
                replies.push(reply(&mut reader).await);
                in_data = replies.last().unwrap().starts_with("354");
            }
        }
        replies
    }

    #[tokio::test]
    async fn a_session_delivers_dot_unstuffed_mail_into_the_outbox() {
        let sandbox = sandbox().await;
        let addr = start(sandbox.clone()).await.unwrap();
        let replies = talk(
            addr,
            &["EHLO portal", "RCPT TO:<x@y.example>", "MAIL FROM:<portal@northwind.example>", "RSET", "NOOP",
              "MAIL FROM:<portal@northwind.example>", "RCPT TO:<ann@fabrikam.example>", "DATA",
              "Subject: Hello", "Content-Language: de", "", "Link: https://portal.example/r?x=1", "..leading dot", ".",
              "QUIT"],
        )
        .await;
        let codes: Vec<&str> = replies.iter().map(|r| &r[..3]).collect();
        assert_eq!(codes, ["220", "250", "503", "250", "250", "250", "250", "250", "354", "250", "221"]);
        let state = sandbox.directory().read().await;
        let mail = state.mail.last().unwrap();
        assert_eq!((mail.to.as_str(), mail.subject.as_str(), mail.language.as_str()), ("ann@fabrikam.example", "Hello", "de"));
        assert_eq!(mail.from, "portal@northwind.example");
        assert_eq!(mail.redeem_url, "https://portal.example/r?x=1");
        assert!(mail.body.contains("\n.leading dot"), "{:?}", mail.body);
    }

    #[tokio::test]
    async fn overlong_lines_end_the_session() {
        let addr = start(sandbox().await).await.unwrap();
        let long = "NOOP ".to_owned() + &"x".repeat(MAX_LINE);
        let replies = talk(addr, &[&long]).await;
        assert_eq!(&replies[1][..3], "500");
    }

    #[test]
    fn addresses_come_from_angle_brackets() {
        assert_eq!(address("FROM:<a@b.example> SIZE=10"), Some("a@b.example".into()));
        assert_eq!(address("TO:a@b.example"), None);
    }
}
