//! The `claimcmp` binary: parse arguments, call the library, map the outcome to an exit code.

use claimcmp::report::{self, Format, RenderOptions};
use clap::Parser;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare what news outlets claim about the same event: who said what (quotes), who told
/// them (sources) and the tolls (casualty figures), side by side.
///
/// Exit codes: 0 ran; 1 conflicts found and --fail-on-conflict given; 2 usage or input
/// error (an input file that could not be read is still listed in the report).
#[derive(Debug, Parser)]
#[command(name = "claimcmp", version, about, long_about)]
struct Cli {
    /// Article files, or folders whose *.txt files are read (sorted by name).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    format: Format,

    /// Exit with code 1 when any comparison is a conflict.
    #[arg(long)]
    fail_on_conflict: bool,

    /// Show why each comparison was judged as it was (table and markdown).
    #[arg(long)]
    explain: bool,

    /// When to colour the table: auto (only on a terminal, never under NO_COLOR), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Table width in columns (default: the terminal's width on a terminal, else unbounded).
    #[arg(long, value_name = "N")]
    width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimcmp: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> io::Result<ExitCode> {
    let report = match claimcmp::analyze(&cli.paths) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimcmp: error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    for a in &report.articles {
        for p in &a.problems {
            eprintln!("claimcmp: error: {}", p.message);
        }
    }
    let stdout = io::stdout();
    let tty = stdout.is_terminal();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let width = cli.width.or_else(|| tty.then(terminal_width).flatten());
    let opts = RenderOptions {
        color: color && cli.format == Format::Table,
        width,
        explain: cli.explain,
    };
    let text = report::render(&report, cli.format, opts);
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if report.has_problems() {
        ExitCode::from(2)
    } else if cli.fail_on_conflict && report.has_conflicts() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The terminal's width from `COLUMNS`, else comfy-table's probe of the terminal.
fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|s| s.parse().ok()) {
        return Some(w);
    }
    let t = comfy_table::Table::new();
    t.width()
}
