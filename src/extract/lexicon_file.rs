//! The user's lexicon file: TSV `surface<TAB>type<TAB>canonical`, or
//! `surface<TAB>stop` to veto a name.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum LexiconFileError {
    #[error("line {line}: {reason}")]
    Line { line: usize, reason: String },
}

#[derive(Clone, Debug, Default)]
pub struct UserLexicon {
    pub entries: Vec<(String, crate::model::EntityType, String)>,
    pub stop: Vec<String>,
}

impl UserLexicon {
    pub fn parse(text: &str) -> Result<UserLexicon, LexiconFileError> {
        let mut lex = UserLexicon::default();
        // A byte-order mark (editors on Windows write one) is not part of
        // the first line.
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let err = |reason: &str| LexiconFileError::Line {
                line: i + 1,
                reason: reason.to_string(),
            };
            if cols[0].is_empty() {
                return Err(err("empty name in the first column"));
            }
            match cols.as_slice() {
                [surface, "stop"] => lex.stop.push(surface.to_string()),
                [surface, t] | [surface, t, ""] => {
                    let t = t.parse().map_err(|e: String| err(&e))?;
                    lex.entries
                        .push((surface.to_string(), t, surface.to_string()));
                }
                [surface, t, canonical] => {
                    let t = t.parse().map_err(|e: String| err(&e))?;
                    lex.entries
                        .push((surface.to_string(), t, canonical.to_string()));
                }
                _ => {
                    return Err(err(
                        "expected `surface<TAB>type<TAB>canonical` or `surface<TAB>stop`",
                    ))
                }
            }
        }
        Ok(lex)
    }
}
