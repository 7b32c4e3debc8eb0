export const HELP_TEXT = `Usage: cover-letter-coach check [options] FILE...
       cover-letter-coach report [options] FILE

check   Checks cover letters and reports weak phrasing, with suggested rewrites.
report  Shows one letter's report: its length against the target, the four
        things a hiring manager skims for (with the sentences that show them),
        how it matches its job description, its industry, and findings by rule.

Files ending in .md or .markdown are read as Markdown, others as plain text.

Options:
  --format text|json   Output format (default: text). json prints LSP-style
                       zero-based ranges and the suggested fixes.
  --target N           Word-count target, unless the letter's front matter sets one.
  --industry NAME      tech, finance, retail or general, unless the front matter sets one.
  --job FILE           The job description, unless the letter's front matter names
                       one with job: (relative to the letter). Without either, a
                       job.md, job.txt, job-description.md or jd.md beside the
                       letter is used.
  --fix                (check) Apply every fix that is safe to apply unseen, write
                       the files back, and list what changed; then report what is left.
                       A file that is a symlink to a file outside the current
                       directory and the folder given for it is not written.
  --follow-symlinks    (check --fix) Write through such symlinks too.
  --config FILE        Read this config file instead of the .coverletterrc.json
                       files found from the current directory down to each letter.
  -h, --help           Show this help.
  -v, --version        Show the version.

Config: .coverletterrc.json files in the current directory and below it, down to
each letter's folder, apply to the letter; a nearer file wins (see the README).

Exit status: 0 when no finding is an error (report: once the report is shown),
1 when one is (check only), 2 on a usage problem or a file that cannot be read.
`;
