//! A progress bar on stderr, drawn only when stderr is a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use shanhai::pipeline::Progress;
use std::io::IsTerminal;

pub struct Bar {
    bar: ProgressBar,
    /// Per-file messages ("skipped (already stored)") are printed when set.
    verbose: bool,
}

impl Bar {
    pub fn new(verbose: bool) -> Bar {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(0), target);
        bar.set_style(
            ProgressStyle::with_template(
                "{prefix:>20} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        Bar { bar, verbose }
    }
}

impl Progress for Bar {
    fn start_phase(&self, name: &str, total_bytes: u64) {
        self.bar.set_prefix(name.to_string());
        self.bar.set_length(total_bytes);
        self.bar.set_position(0);
    }
    fn advance(&self, bytes: u64) {
        self.bar.inc(bytes);
    }
    fn message(&self, line: &str) {
        if self.verbose || line.starts_with("error") || line.starts_with("warning") {
            self.bar.suspend(|| eprintln!("{line}"));
        }
    }
    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
