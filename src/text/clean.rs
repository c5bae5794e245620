//! HTML to text, page-furniture removal, title and date.

use std::path::Path;

#[derive(Debug, Default)]
pub struct Cleaned {
    pub title: Option<String>,
    pub published: Option<String>,
    pub body: String,
}

pub fn looks_like_html(path: &Path, text: &str) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    ext == "html" || ext == "htm" || text.trim_start().starts_with('<')
}

/// First version: keeps the text, trims lines. To be replaced.
pub fn clean(text: &str, _is_html: bool) -> Cleaned {
    let body: String = text.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    let title = body
        .lines()
        .find(|l| l.chars().count() > 4)
        .map(str::to_string);
    Cleaned {
        title,
        published: None,
        body,
    }
}
