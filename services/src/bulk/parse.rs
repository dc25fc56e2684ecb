//! Reading a bulk invitation file: Microsoft Entra's bulk invite template as it is downloaded
//! from the admin center (Microsoft Learn, "Tutorial: Bulk invite Microsoft Entra B2B
//! collaboration users": a `version:v1.0` line, then the header row), Guestlist's own template
//! with more columns, any CSV whose headers say what they hold, or addresses pasted one a line.
//!
//! Whatever comes in — UTF-8 with or without a byte order mark, Excel's Windows-1252 "CSV" or
//! UTF-16 "Unicode text", `,` `;` or tab between cells, quoted cells with separators, quotes and
//! line breaks inside — the reader never fails as a whole because of one bad line: each bad line
//! is reported with its line number and column, and the others are read.

use i18n::{tr, Locale};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::invite::InviteForm;

/// The biggest file taken at once.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most rows taken at once (one background job's worth).
pub const MAX_ROWS: usize = 10_000;

/// A column Guestlist understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Email,
    DisplayName,
    GivenName,
    Surname,
    Company,
    Sponsors,
    Groups,
    Language,
    Cc,
    UserType,
    Redirect,
    SendMail,
    Message,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Email,
        Column::DisplayName,
        Column::GivenName,
        Column::Surname,
        Column::Company,
        Column::Sponsors,
        Column::Groups,
        Column::Language,
        Column::Cc,
        Column::UserType,
        Column::Redirect,
        Column::SendMail,
        Column::Message,
    ];

    /// The header in Guestlist's template (and as the mapping form posts it).
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Email => "email",
            Column::DisplayName => "display_name",
            Column::GivenName => "given_name",
            Column::Surname => "surname",
            Column::Company => "company",
            Column::Sponsors => "sponsors",
            Column::Groups => "groups",
            Column::Language => "message_language",
            Column::Cc => "cc",
            Column::UserType => "user_type",
            Column::Redirect => "redirect_url",
            Column::SendMail => "send_mail",
            Column::Message => "message",
        }
    }

    /// As people read it.
    pub fn words(self) -> &'static str {
        match self {
            Column::Email => "E-mail address",
            Column::DisplayName => "Display name",
            Column::GivenName => "Given name",
            Column::Surname => "Surname",
            Column::Company => "Company",
            Column::Sponsors => "Sponsors",
            Column::Groups => "Groups",
            Column::Language => "Message language",
            Column::Cc => "Copy to (cc)",
            Column::UserType => "User type",
            Column::Redirect => "Redirect URL",
            Column::SendMail => "Send invitation e-mail",
            Column::Message => "Personal message",
        }
    }

    /// As people read it, in `locale`.
    pub fn name(self, locale: Locale) -> String {
        let id = match self {
            Column::Email => "bulk-column-email",
            Column::DisplayName => "bulk-column-display-name",
            Column::GivenName => "bulk-column-given-name",
            Column::Surname => "bulk-column-surname",
            Column::Company => "bulk-column-company",
            Column::Sponsors => "bulk-column-sponsors",
            Column::Groups => "bulk-column-groups",
            Column::Language => "bulk-column-language",
            Column::Cc => "bulk-column-cc",
            Column::UserType => "bulk-column-user-type",
            Column::Redirect => "bulk-column-redirect",
            Column::SendMail => "bulk-column-send-mail",
            Column::Message => "bulk-column-message",
        };
        i18n::translate(locale, id, &[])
    }

    pub fn parse(value: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == value.trim())
    }

    /// The column a header names: Entra's `[inviteeEmail]`-style key when there is one, else
    /// the header's letters and digits compared with the names people give these columns.
    pub fn recognise(header: &str) -> Option<Column> {
        let key = match (header.find('['), header.rfind(']')) {
            (Some(open), Some(close)) if open < close => &header[open + 1..close],
            _ => header,
        };
        let key: String = key.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        let key = key.strip_suffix("required").filter(|k| !k.is_empty()).unwrap_or(&key);
        let column = match key {
            "inviteeemail" | "email" | "emailaddress" | "emailaddresstoinvite" | "mail" | "address" | "invitee" | "inviteeemailaddress" => Column::Email,
            "displayname" | "name" | "fullname" | "inviteddisplayname" | "inviteduserdisplayname" => Column::DisplayName,
            "givenname" | "firstname" | "forename" => Column::GivenName,
            "surname" | "lastname" | "familyname" => Column::Surname,
            "company" | "companyname" | "organization" | "organisation" => Column::Company,
            "sponsors" | "sponsor" => Column::Sponsors,
            "groups" | "group" => Column::Groups,
            "messagelanguage" | "language" | "invitationlanguage" => Column::Language,
            "cc" | "ccrecipient" | "ccrecipients" | "copyto" => Column::Cc,
            "usertype" | "type" | "invitedusertype" => Column::UserType,
            "inviteredirecturl" | "redirecturl" | "redirectionurl" | "redirect" => Column::Redirect,
            "sendemail" | "sendinvitationmessage" | "sendinvitationmessagetrueorfalse" | "sendmail" | "sendinvitation" => Column::SendMail,
            "customizedmessagebody" | "customizedinvitationmessage" | "message" | "invitationmessage" | "personalmessage" => Column::Message,
            _ => return None,
        };
        Some(column)
    }
}

/// How the file came in, for the preview's first line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Microsoft Entra's bulk invite template (`version:v1.0`).
    EntraTemplate,
    /// A CSV file with a header row.
    Csv,
    /// Addresses, one a line.
    Addresses,
}

impl Format {
    pub fn words(self) -> &'static str {
        match self {
            Format::EntraTemplate => "Microsoft Entra's bulk invite template",
            Format::Csv => "a CSV file",
            Format::Addresses => "a list of addresses",
        }
    }

    /// [`Format::words`] in `locale`.
    pub fn name(self, locale: Locale) -> String {
        let id = match self {
            Format::EntraTemplate => "bulk-format-entra",
            Format::Csv => "bulk-format-csv",
            Format::Addresses => "bulk-format-addresses",
        };
        i18n::translate(locale, id, &[])
    }
}

/// One header of the file and the column it was read as (none: ignored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderMapping {
    pub header: String,
    pub column: Option<Column>,
}

/// A problem with one line, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineError {
    /// The line of the file it starts on (1 for the first).
    pub line: u64,
    /// The column's header, when the problem is in one cell.
    pub column: Option<String>,
    pub text: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(column) => write!(f, "Line {}, column “{column}”: {}", self.line, self.text),
            None => write!(f, "Line {}: {}", self.line, self.text),
        }
    }
}

impl LineError {
    /// As [`Display`](std::fmt::Display) shows it, in `locale` (the text itself is in the
    /// language of whoever read the file).
    pub fn words(&self, locale: Locale) -> String {
        let line = self.line.to_string();
        match &self.column {
            Some(column) => tr!(locale, "bulk-line-column-error", line = line, column = column, text = &self.text),
            None => tr!(locale, "bulk-line-error", line = line, text = &self.text),
        }
    }
}

/// One person to invite, as read from the file: every field as written (trimmed), so the
/// preview can show and fix it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RowFields {
    pub email: String,
    pub display_name: String,
    pub given_name: String,
    pub surname: String,
    pub company: String,
    pub sponsors: String,
    pub groups: String,
    pub language: String,
    pub cc: String,
    /// `Guest`, `Member` or empty (a guest).
    pub user_type: String,
    pub redirect_url: String,
    /// `true`, `false` or empty (the default: send).
    pub send_mail: String,
    pub message: String,
}

impl RowFields {
    pub fn get(&self, column: Column) -> &str {
        match column {
            Column::Email => &self.email,
            Column::DisplayName => &self.display_name,
            Column::GivenName => &self.given_name,
            Column::Surname => &self.surname,
            Column::Company => &self.company,
            Column::Sponsors => &self.sponsors,
            Column::Groups => &self.groups,
            Column::Language => &self.language,
            Column::Cc => &self.cc,
            Column::UserType => &self.user_type,
            Column::Redirect => &self.redirect_url,
            Column::SendMail => &self.send_mail,
            Column::Message => &self.message,
        }
    }

    pub fn set(&mut self, column: Column, value: &str) {
        let field = match column {
            Column::Email => &mut self.email,
            Column::DisplayName => &mut self.display_name,
            Column::GivenName => &mut self.given_name,
            Column::Surname => &mut self.surname,
            Column::Company => &mut self.company,
            Column::Sponsors => &mut self.sponsors,
            Column::Groups => &mut self.groups,
            Column::Language => &mut self.language,
            Column::Cc => &mut self.cc,
            Column::UserType => &mut self.user_type,
            Column::Redirect => &mut self.redirect_url,
            Column::SendMail => &mut self.send_mail,
            Column::Message => &mut self.message,
        };
        *field = value.trim().to_owned();
    }

    /// [`RowFields::problems`] in `locale`.
    pub fn problems(&self, locale: Locale) -> Vec<(Column, String)> {
        let mut problems = Vec::new();
        if self.email.is_empty() {
            problems.push((Column::Email, tr!(locale, "bulk-cell-no-email")));
        }
        if send_mail(&self.send_mail).is_none() {
            problems.push((Column::SendMail, tr!(locale, "bulk-cell-send-mail", value = &self.send_mail)));
        }
        if user_type(&self.user_type).is_none() {
            problems.push((Column::UserType, tr!(locale, "bulk-cell-user-type", value = &self.user_type)));
        }
        problems
    }

    /// The invitation this row asks for, as the Invite form would post it.
    pub fn form(&self) -> InviteForm {
        InviteForm {
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            message: self.message.clone(),
            language: self.language.clone(),
            cc: self.cc.clone(),
            send_mail: send_mail(&self.send_mail).unwrap_or(true).then(|| "on".to_owned()),
            redirect_url: self.redirect_url.clone(),
            as_member: (user_type(&self.user_type) == Some(true)).then(|| "on".to_owned()),
            given_name: self.given_name.clone(),
            surname: self.surname.clone(),
            company: self.company.clone(),
            sponsors: self.sponsors.clone(),
            groups: self.groups.clone(),
            ..InviteForm::default()
        }
    }
}

/// `Some(send)` for the ways people write yes and no; empty is "send" (Entra's default).
fn send_mail(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "" | "true" | "yes" | "y" | "1" | "wahr" | "vrai" | "ja" | "oui" | "x" => Some(true),
        "false" | "no" | "n" | "0" | "falsch" | "faux" | "nein" | "non" => Some(false),
        _ => None,
    }
}

/// `Some(is_member)` for `Guest`, `Member` or empty.
fn user_type(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "" | "guest" => Some(false),
        "member" => Some(true),
        _ => None,
    }
}

/// One row of the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedRow {
    /// The line of the file the row starts on.
    pub line: u64,
    pub fields: RowFields,
}

/// The file, read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedFile {
    pub format: Format,
    /// The headers and what they were read as (empty for a list of addresses).
    pub headers: Vec<HeaderMapping>,
    /// `,`, `;` or tab.
    pub delimiter: char,
    /// Every row with an address or any other cell filled, in order.
    pub rows: Vec<ParsedRow>,
    /// Lines that could not be read as a row at all (they are not in `rows`).
    pub errors: Vec<LineError>,
}

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError(pub String);

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The file's text: UTF-8 (a byte order mark is dropped), UTF-16 with its byte order mark
/// (Excel's "Unicode text"), or else Windows-1252 (Excel's plain "CSV" on Western systems).
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest.chunks_exact(2).map(|pair| unit([pair[0], pair[1]])).collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// A Windows-1252 byte as a character (WHATWG Encoding Standard, "index-windows-1252").
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–',
        '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The separator of the header line: whichever of `,` `;` and tab occurs most outside quotes
/// (Excel writes `;` where the decimal mark is a comma).
fn sniff_delimiter(line: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The line a quote opens on and is never closed, if any (the reader would take the rest of the
/// file as one cell).
fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    enum State {
        CellStart,
        InCell,
        Quoted,
        QuoteInQuoted,
    }
    let (mut state, mut line, mut opened) = (State::CellStart, 1u64, 0u64);
    for c in text.chars() {
        let separator = c == '\n' || c == '\r' || c as u32 == u32::from(delimiter);
        state = match state {
            State::CellStart if c == '"' => {
                opened = line;
                State::Quoted
            }
            State::Quoted if c == '"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            // `""` inside a quoted cell is a quote.
            State::QuoteInQuoted if c == '"' => State::Quoted,
            _ if separator => State::CellStart,
            _ => State::InCell,
        };
        if c == '\n' {
            line += 1;
        }
    }
    matches!(state, State::Quoted).then_some(opened)
}

/// An address pasted with a name: `Ada Lovelace <ada@example.com>` → (address, name).
fn named_address(line: &str) -> (String, String) {
    match (line.rfind('<'), line.rfind('>')) {
        (Some(open), Some(close)) if open < close => {
            let name = line[..open].trim().trim_matches('"').trim().to_owned();
            (line[open + 1..close].trim().to_owned(), name)
        }
        _ => (line.trim().trim_matches(|c| c == ',' || c == ';').trim().to_owned(), String::new()),
    }
}

/// Whether the text's first line is an address rather than a header row.
fn looks_like_addresses(first: &str) -> bool {
    let cells = first.split([',', ';', '\t']).filter(|c| !c.trim().is_empty()).count();
    first.contains('@') && cells <= 1 && Column::recognise(first).is_none()
}

/// [`parse`], its problems in `locale`.
pub fn parse(bytes: &[u8], mapping: &BTreeMap<String, Option<Column>>, locale: Locale) -> Result<ParsedFile, FileError> {
    if bytes.len() > MAX_BYTES {
        let size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0);
        let size = if matches!(locale, Locale::En | Locale::Ar) { size } else { size.replace('.', ",") };
        return Err(FileError(tr!(
            locale,
            "bulk-file-too-large",
            size = size,
            max = (MAX_BYTES / 1_048_576).to_string(),
            rows = MAX_ROWS.to_string()
        )));
    }
    parse_text(&decode(bytes), mapping, locale)
}

/// [`parse_text`], its problems in `locale`.
pub fn parse_text(text: &str, mapping: &BTreeMap<String, Option<Column>>, locale: Locale) -> Result<ParsedFile, FileError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return parse(text.as_bytes(), mapping, locale);
    }
    // Lines before the header: Entra's version line, Excel's `sep=;` line, empty lines.
    let mut offset = 0;
    let mut line = 1u64;
    let mut format = Format::Csv;
    let mut forced_delimiter = None;
    loop {
        let rest = &text[offset..];
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let first = rest[..end].trim();
        let bare = first.trim_end_matches([',', ';', '\t']).trim_matches('"').trim();
        if rest.is_empty() {
            return Err(FileError(tr!(locale, "bulk-file-empty")));
        } else if bare.is_empty() {
        } else if bare.to_lowercase().starts_with("version:") {
            format = Format::EntraTemplate;
            let version = bare["version:".len()..].trim();
            if version != "v1.0" {
                return Err(FileError(tr!(locale, "bulk-file-template-version", line = line.to_string(), version = version)));
            }
        } else if let Some(separator) = first.strip_prefix("sep=").and_then(|s| s.bytes().next()) {
            forced_delimiter = Some(separator);
        } else {
            break;
        }
        offset += end;
        line += 1;
    }
    let body = &text[offset..];
    let first_line = body.lines().next().unwrap_or_default();
    if format == Format::Csv && forced_delimiter.is_none() && looks_like_addresses(first_line) {
        return Ok(addresses(body, line, locale));
    }
    let delimiter = forced_delimiter.unwrap_or_else(|| sniff_delimiter(first_line));
    if let Some(opened) = unclosed_quote(body, delimiter) {
        let at = opened + line - 1;
        return Err(FileError(tr!(locale, "bulk-file-unclosed-quote", line = at.to_string())));
    }
    // The line a record starts on, from its byte offset in `body` (the reader counts records;
    // after a CR it places the next record at the LF).
    let line_at = |byte: u64| {
        let bytes = body.as_bytes();
        let mut start = (byte as usize).min(bytes.len());
        while bytes.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            start += 1;
        }
        line + bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(body.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(record)) => record,
        Some(Err(error)) => return Err(FileError(tr!(locale, "bulk-file-header-unreadable", line = line.to_string(), error = error.to_string()))),
        None => return Err(FileError(tr!(locale, "bulk-file-no-header"))),
    };
    let headers: Vec<HeaderMapping> = header
        .iter()
        .map(|h| {
            let header = h.trim().to_owned();
            let column = mapping.get(&header).copied().unwrap_or_else(|| Column::recognise(&header));
            HeaderMapping { header, column }
        })
        .collect();
    let mut taken = BTreeMap::new();
    for mapped in &headers {
        if let Some(column) = mapped.column {
            if let Some(earlier) = taken.insert(column, mapped.header.clone()) {
                return Err(FileError(tr!(
                    locale,
                    "bulk-file-two-columns",
                    line = line.to_string(),
                    earlier = earlier,
                    header = &mapped.header,
                    column = column.name(locale).to_lowercase()
                )));
            }
        }
    }
    if !taken.contains_key(&Column::Email) {
        return Err(FileError(tr!(locale, "bulk-file-no-email-column", line = line.to_string())));
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let at = error.position().map_or(line, |p| line_at(p.byte()));
                errors.push(LineError { line: at, column: None, text: tr!(locale, "bulk-line-unreadable", error = error.to_string()) });
                continue;
            }
        };
        let at = record.position().map_or(line, |p| line_at(p.byte()));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        // Microsoft's template for other bulk operations has an example row; skip one if found.
        if record.get(0).is_some_and(|cell| cell.trim().to_lowercase().starts_with("example:")) {
            continue;
        }
        let extra = record.iter().skip(headers.len()).filter(|cell| !cell.trim().is_empty()).count();
        if extra > 0 {
            errors.push(LineError {
                line: at,
                column: None,
                text: tr!(
                    locale,
                    if delimiter == b';' { "bulk-line-too-many-cells-semicolons" } else { "bulk-line-too-many-cells-commas" },
                    cells = record.len(),
                    headers = headers.len()
                ),
            });
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(FileError(tr!(locale, "bulk-file-too-many-rows", max = MAX_ROWS.to_string())));
        }
        let mut fields = RowFields::default();
        for (mapped, cell) in headers.iter().zip(record.iter()) {
            if let Some(column) = mapped.column {
                fields.set(column, cell);
            }
        }
        rows.push(ParsedRow { line: at, fields });
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(FileError(tr!(locale, "bulk-file-nobody")));
    }
    Ok(ParsedFile { format, headers, delimiter: char::from(delimiter), rows, errors })
}

/// Addresses, one a line (optionally `Name <address>`), starting at line `first`.
fn addresses(body: &str, first: u64, locale: Locale) -> ParsedFile {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (index, text) in body.lines().enumerate() {
        let line = first + index as u64;
        if text.trim().is_empty() {
            continue;
        }
        if rows.len() == MAX_ROWS {
            errors.push(LineError { line, column: None, text: tr!(locale, "bulk-line-too-many-addresses", max = MAX_ROWS.to_string()) });
            break;
        }
        let (email, display_name) = named_address(text);
        rows.push(ParsedRow { line, fields: RowFields { email, display_name, ..RowFields::default() } });
    }
    ParsedFile { format: Format::Addresses, headers: Vec::new(), delimiter: '\n', rows, errors }
}

/// Guestlist's template's header row, in order.
pub const TEMPLATE_COLUMNS: [Column; 13] = Column::ALL;

/// Rows as Guestlist's template (UTF-8 with a byte order mark, so Excel reads it as such;
/// `,` between cells, quoted where needed, CRLF). Cells are written as they are: this is a
/// file to fill in and read back, not an export of other people's data.
pub fn to_template(rows: &[RowFields], delimiter: u8) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).terminator(csv::Terminator::CRLF).from_writer(b"\xEF\xBB\xBF".to_vec());
    let written = (|| {
        writer.write_record(TEMPLATE_COLUMNS.iter().map(|c| c.as_str()))?;
        for row in rows {
            writer.write_record(TEMPLATE_COLUMNS.iter().map(|c| row.get(*c)))?;
        }
        writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    })();
    written.expect("writing CSV to memory cannot fail")
}

/// The template to download: the header row and one example person.
pub fn template() -> Vec<u8> {
    let example = RowFields {
        email: "ada.lovelace@partner.example".into(),
        display_name: "Ada Lovelace (Partner)".into(),
        given_name: "Ada".into(),
        surname: "Lovelace".into(),
        company: "Partner Ltd".into(),
        sponsors: String::new(),
        groups: String::new(),
        language: "en-US".into(),
        cc: String::new(),
        user_type: "Guest".into(),
        redirect_url: String::new(),
        send_mail: "true".into(),
        message: "Welcome, Ada! Commas, \"quotes\" and line breaks are fine in quoted cells.".into(),
    };
    to_template(&[example], b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> ParsedFile {
        parse(text.as_bytes(), &BTreeMap::new(), Locale::En).unwrap()
    }

    fn error(text: &str) -> String {
        parse(text.as_bytes(), &BTreeMap::new(), Locale::En).unwrap_err().0
    }

    const ENTRA: &str = "version:v1.0\r\n\
        Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]\r\n\
        ada@partner.example,https://myapps.microsoft.com,TRUE,Welcome aboard\r\n\
        bob@partner.example,https://myapps.microsoft.com,false,\r\n";

    #[test]
    fn entras_template_is_read_as_is() {
        let file = read(ENTRA);
        assert_eq!(file.format, Format::EntraTemplate);
        assert_eq!(file.headers.iter().map(|h| h.column).collect::<Vec<_>>(), [Some(Column::Email), Some(Column::Redirect), Some(Column::SendMail), Some(Column::Message)]);
        assert_eq!(file.rows.len(), 2);
        assert_eq!(file.rows[0].line, 3);
        assert_eq!(file.rows[0].fields.email, "ada@partner.example");
        assert_eq!(file.rows[0].fields.message, "Welcome aboard");
        let form = file.rows[0].fields.form();
        assert_eq!((form.send_mail(), form.redirect_url.as_str()), (true, "https://myapps.microsoft.com"));
        assert!(!file.rows[1].fields.form().send_mail());
        assert_eq!(file.rows[1].line, 4);
        assert!(file.errors.is_empty());
        // The version line as Excel saves it back (padded with separators, quoted).
        let excel = ENTRA.replacen("version:v1.0", "\"version:v1.0\",,,", 1);
        assert_eq!(read(&excel).rows, file.rows);
        assert!(error(&ENTRA.replace("v1.0", "v2.0")).contains("version “v2.0”"));
    }

    #[test]
    fn the_extended_columns_and_other_names_are_mapped() {
        let file = read("E-mail;First name;Last name;Company;Sponsors;Groups;Language;CC;User type;Redirect;Unknown\n\
            ada@partner.example;Ada;Lovelace;Partner Ltd;sofia@contoso.example, amara@contoso.example;Partner Collaboration;de-DE;pm@partner.example;Member;https://contoso.example;x\n");
        assert_eq!(file.delimiter, ';');
        let fields = &file.rows[0].fields;
        assert_eq!((fields.given_name.as_str(), fields.surname.as_str(), fields.company.as_str()), ("Ada", "Lovelace", "Partner Ltd"));
        assert_eq!(fields.sponsors, "sofia@contoso.example, amara@contoso.example");
        assert_eq!((fields.language.as_str(), fields.cc.as_str()), ("de-DE", "pm@partner.example"));
        assert!(fields.form().as_member());
        assert_eq!(file.headers.last().unwrap().column, None);
        // A header the reader does not know, mapped by hand; or one ignored by hand.
        let mapping = BTreeMap::from([("Unknown".to_owned(), Some(Column::DisplayName)), ("Company".to_owned(), None)]);
        let mapped = parse_text("E-mail;Company;Unknown\na@b.example;Acme;Ada\n", &mapping, Locale::En).unwrap();
        assert_eq!((mapped.rows[0].fields.display_name.as_str(), mapped.rows[0].fields.company.as_str()), ("Ada", ""));
        assert!(error("Name,Company\nAda,Acme\n").contains("no column holds the e-mail addresses"));
        assert!(error("Email,Mail\na@b.example,c@d.example\n").contains("both hold the e-mail address"));
    }

    #[test]
    fn quoted_cells_keep_separators_quotes_and_line_breaks() {
        let file = read("email,message,display name\r\n\"ada@partner.example\",\"Hello, Ada;\r\nsee you \"\"soon\"\"\",Ada\r\nbob@partner.example,Hi,Bob\r\n");
        assert_eq!(file.rows[0].fields.message, "Hello, Ada;\r\nsee you \"soon\"");
        assert_eq!(file.rows[1].line, 4);
        assert_eq!(file.rows[1].fields.display_name, "Bob");
    }

    #[test]
    fn byte_order_marks_and_excels_encodings_are_read() {
        let plain = read("email,display name\nzoe@partner.example,Zoë Müller\n");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("email,display name\nzoe@partner.example,Zoë Müller\n".as_bytes());
        assert_eq!(parse(&bom, &BTreeMap::new(), Locale::En).unwrap(), plain);
        // Excel's "CSV" on a Western Windows: Windows-1252.
        let cp1252 = b"email;display name\r\nzoe@partner.example;Zo\xEB M\xFCller \x80\r\n";
        assert_eq!(parse(cp1252, &BTreeMap::new(), Locale::En).unwrap().rows[0].fields.display_name, "Zoë Müller €");
        // Excel's "Unicode text": UTF-16LE with a byte order mark, tabs between cells.
        let mut utf16 = b"\xFF\xFE".to_vec();
        utf16.extend("email\tdisplay name\r\nzoe@partner.example\tZoë Müller\r\n".encode_utf16().flat_map(u16::to_le_bytes));
        let file = parse(&utf16, &BTreeMap::new(), Locale::En).unwrap();
        assert_eq!((file.delimiter, file.rows[0].fields.display_name.as_str()), ('\t', "Zoë Müller"));
        // Excel's `sep=` line.
        assert_eq!(read("sep=;\nemail;display name\na@b.example;Ada, Countess\n").rows[0].fields.display_name, "Ada, Countess");
    }

    #[test]
    fn pasted_addresses_one_a_line() {
        let file = read("ada@partner.example\n\n  Bob Builder <bob@partner.example>  \r\ncarol@partner.example,\n");
        assert_eq!(file.format, Format::Addresses);
        let got: Vec<_> = file.rows.iter().map(|r| (r.line, r.fields.email.as_str(), r.fields.display_name.as_str())).collect();
        assert_eq!(got, [(1, "ada@partner.example", ""), (3, "bob@partner.example", "Bob Builder"), (4, "carol@partner.example", "")]);
    }

    #[test]
    fn bad_lines_are_named_with_their_line_and_column() {
        let file = read("email,send mail,user type,message\na@b.example,maybe,Owner,Hi\nc@d.example,true,,Hi, there\n,true,,Hi\n");
        let problems = file.rows[0].fields.problems(Locale::En);
        assert_eq!(problems.iter().map(|p| p.0).collect::<Vec<_>>(), [Column::SendMail, Column::UserType]);
        assert!(problems[0].1.contains("“maybe” is neither true nor false"));
        assert_eq!(file.errors.len(), 1);
        assert_eq!(file.errors[0].line, 3);
        assert!(file.errors[0].to_string().starts_with("Line 3: this line has 5 cells but the header row only 4"), "{}", file.errors[0]);
        assert_eq!(file.rows[1].line, 4);
        assert_eq!(file.rows[1].fields.problems(Locale::En)[0].0, Column::Email);
        assert!(error("email,message\na@b.example,\"Hello\nb@c.example,Hi\n").starts_with("Line 2: a quote"));
        let shown = LineError { line: 4, column: Some("sendEmail".into()), text: "x".into() }.to_string();
        assert_eq!(shown, "Line 4, column “sendEmail”: x");
    }

    #[test]
    fn size_and_emptiness_are_refused_plainly() {
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(parse(&big, &BTreeMap::new(), Locale::En).unwrap_err().0.starts_with("The file is 2.0 MB; Guestlist takes at most 2 MB"));
        assert!(error("").contains("empty"));
        assert!(error("version:v1.0\n\n").contains("empty"));
        assert!(error("email,name\n\n").contains("nobody to invite"));
        let many = "email\n".to_owned() + &"a@b.example\n".repeat(MAX_ROWS + 1);
        assert!(error(&many).contains("more than 10000 rows"));
    }

    #[test]
    fn the_template_reads_back() {
        let file = parse(&template(), &BTreeMap::new(), Locale::En).unwrap();
        assert!(file.headers.iter().all(|h| h.column.is_some()));
        assert_eq!(file.rows.len(), 1);
        assert!(file.rows[0].fields.problems(Locale::En).is_empty());
        assert!(file.rows[0].fields.message.contains("\"quotes\" and line breaks"));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn cell() -> impl Strategy<Value = String> {
            // Separators, quotes, line breaks and letters from several scripts, trimmed as the reader trims.
            proptest::string::string_regex("[a-zA-Z0-9 ,;\"\t\r\néü€日本@<>=+-]{0,24}").unwrap().prop_map(|s| s.trim().to_owned())
        }

        fn row() -> impl Strategy<Value = RowFields> {
            let email = proptest::string::string_regex("[a-z0-9.]{1,12}@[a-z]{1,8}\\.example").unwrap();
            (email, proptest::collection::vec(cell(), 10), prop_oneof![Just(""), Just("true"), Just("false")], prop_oneof![Just(""), Just("Guest"), Just("Member")]).prop_map(
                |(email, cells, send, kind)| {
                    let mut row = RowFields { email, send_mail: send.into(), user_type: kind.into(), ..RowFields::default() };
                    let free = [Column::DisplayName, Column::GivenName, Column::Surname, Column::Company, Column::Sponsors, Column::Groups, Column::Language, Column::Cc, Column::Redirect, Column::Message];
                    for (column, value) in free.into_iter().zip(cells) {
                        row.set(column, &value);
                    }
                    row
                },
            )
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

            #[test]
            fn the_reader_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
                let _ = parse(&bytes, &BTreeMap::new(), Locale::En);
            }

            #[test]
            fn the_reader_never_panics_on_csv_like_text(text in "[a-z@.,;\"\t\r\n\u{FEFF}:vV0-9\\[\\] ]{0,300}") {
                if let Ok(file) = parse_text(&text, &BTreeMap::new(), Locale::En) {
                    for row in &file.rows {
                        prop_assert!(row.line >= 1);
                    }
                }
            }

            #[test]
            fn written_rows_read_back_the_same(rows in proptest::collection::vec(row(), 1..20), semicolon in any::<bool>()) {
                let bytes = to_template(&rows, if semicolon { b';' } else { b',' });
                let file = parse(&bytes, &BTreeMap::new(), Locale::En).map_err(|e| TestCaseError::fail(e.0))?;
                prop_assert!(file.errors.is_empty(), "{:?}", file.errors);
                let read: Vec<RowFields> = file.rows.into_iter().map(|r| r.fields).collect();
                prop_assert_eq!(read, rows);
            }
        }
    }
}
