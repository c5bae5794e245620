//! The `shanhai` binary: parse arguments, run, print the error chain, map
//! to an exit code (0 success, 1 some inputs failed or nothing found, 2
//! usage or database error). A closed pipe (`shanhai … | head`) is not an error.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Past a file-size limit a write then fails with an error we report
    // (and clean up after) instead of killing the process midway.
    // SAFETY: setting a signal's disposition to "ignore" before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    // No transparent huge pages: mimalloc asks for them, and the kernel
    // then zeroes 2 MB for each first touch of a sparsely used arena (a
    // sixth of an ingest's CPU samples, a quarter more peak memory).
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag of this
    // process; a kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", error_chain(&err));
            cli::error_code(&err)
        }
    }
}

/// The error and its causes, joined with ": ", leaving out a cause that
/// only repeats the one before it (rusqlite's failure is followed by its
/// SQLite code with the same message: "… readonly database: Error code
/// 1544: attempt to write a readonly database").
fn error_chain(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        let repeats = parts
            .last()
            .is_some_and(|last| last.ends_with(&text) || text.ends_with(last.as_str()));
        if !repeats {
            parts.push(text);
        }
    }
    parts.join(": ")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        // serde_json wraps the io::Error without exposing it as a source.
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
    })
}

// mimalloc: the pipeline allocates many small strings on several threads,
// where glibc's allocator showed up at about a tenth of the profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
