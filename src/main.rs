//! The `shanhai` binary: parse arguments, run, print the error chain, map
//! to an exit code (0 success, 1 some inputs failed, 2 usage or database
//! error). A closed pipe (`shanhai … | head`) is not an error.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Past a file-size limit a write then fails with an error we report
    // (and clean up after) instead of killing the process midway.
    // SAFETY: setting a signal's disposition to "ignore" before any thread starts.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

// mimalloc: the pipeline allocates many small strings on several threads,
// where glibc's allocator showed up at about a tenth of the profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
