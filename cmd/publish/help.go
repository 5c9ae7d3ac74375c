package main

import (
	"fmt"
	"io"
	"strings"
)

// The help, the manual page and the shell completions are all written
// from commands and flagDefs, so that they cannot disagree with the parser.

const intro = `publish turns raw OCR text dumps and Markdown into clean Markdown, a typeset
PDF with an embedded CJK font, and an EPUB with a section table of contents.`

// inputsText says what inputs and outputs are, for the help and the manual.
var inputsText = []string{
	`Inputs are .txt or .md files, folders (searched recursively for both) or "-" for standard input. With no input, the bundled sample (zhengzhou-2023.txt) is published.`,
	`With -o FILE and one input, that one file is written, its format chosen by its extension (.md, .pdf, .epub); -o - writes one format (Markdown unless --pdf or --epub says) to standard output. Otherwise the outputs go to a folder (out/ unless -o names one), named after the inputs, and with no format flag all of --md --pdf --epub are written.`,
	`Front matter keys: ` + "title, subtitle, author (a list for several), lang, date, description, keywords or subject, rights, publisher, identifier (ISBN, UUID or URI), cover-image, source.",
}

var examples = [][2]string{
	{"publish", "the bundled sample -> out/zhengzhou-2023.{md,pdf,epub}"},
	{"publish -o report.pdf report.txt", "one raw OCR text -> one PDF"},
	{"publish --pdf --epub -o build/ scans/", "a whole folder, in parallel"},
	{"publish -M author=张三 -M author=李四 --cover cover.jpg -o book.epub book.md", "two authors and a cover"},
	{"cat report.md | publish --pdf -o - - > report.pdf", "standard input (the last -) to standard output"},
	{"publish --paper a5 --font \"WenQuanYi Micro Hei\" report.txt", "another paper and font"},
	{"publish normalize report.txt > report.md", "just the Markdown"},
}

var commandHelp = map[string]string{
	"normalize":  "FILE may be - for standard input. The Markdown is printed as it would be published; edit it and publish the .md.",
	"fonts":      "Fonts listed can be given to --font and --bold-font by path or family name.",
	"completion": "Load the script in the shell's start-up file, e.g. for bash: source <(publish completion bash); zsh: publish completion zsh > \"${fpath[1]}/_publish\"; fish: publish completion fish > ~/.config/fish/completions/publish.fish.",
	"man":        "Install it with: publish man > ~/.local/share/man/man1/publish.1",
}

func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// flagLabel is how help shows a flag: "-o, --output FILE|DIR".
func flagLabel(f flagDef) string {
	l := "--" + f.name
	if f.short != "" {
		l = "-" + f.short + ", " + l
	}
	if f.arg != "" {
		l += " " + f.arg
	}
	return l
}

// flagDetail is the flag's usage with its choices and default.
func flagDetail(f flagDef) string {
	s := f.usage
	if len(f.choices) > 0 {
		s += " (" + strings.Join(f.choices, ", ") + ")"
	}
	if f.def != "" {
		s += "; default: " + f.def
	}
	if f.repeat {
		s += "; may be repeated"
	}
	return s
}

// writeHelp prints the help of cmd.
func writeHelp(w io.Writer, cmd string) {
	c, _ := findCommand(cmd)
	if cmd == "publish" {
		fmt.Fprintf(w, "%s\n\nUsage:\n", intro)
		for _, c := range commands {
			fmt.Fprintf(w, "  %-36s %s\n", c.synopsis, c.summary)
		}
		for _, p := range inputsText {
			fmt.Fprintf(w, "\n%s\n", wrap(p, 80, ""))
		}
		fmt.Fprintf(w, "\nExamples:\n")
		for _, e := range examples {
			fmt.Fprintf(w, "  %s\n      # %s\n", e[0], e[1])
		}
	} else {
		fmt.Fprintf(w, "%s: %s\n\nUsage:\n  %s\n", commandName(cmd), c.summary, c.synopsis)
		if h := commandHelp[cmd]; h != "" {
			fmt.Fprintf(w, "\n%s\n", wrap(h, 80, ""))
		}
	}
	fmt.Fprintf(w, "\nFlags:\n")
	for _, f := range flagsOf(cmd) {
		label := flagLabel(f)
		detail := wrap(flagDetail(f), 80, strings.Repeat(" ", 30))
		if len(label) > 26 {
			fmt.Fprintf(w, "  %s\n%s%s\n", label, strings.Repeat(" ", 30), detail)
		} else {
			fmt.Fprintf(w, "  %-28s%s\n", label, detail)
		}
	}
	if cmd == "publish" {
		fmt.Fprintf(w, "\nExit status: 0 when every document was published, 1 when any failed, 2 for a\nusage error. See publish CMD --help for the other commands, and man publish.\n")
	}
}

// wrap folds text at width columns (counting runes); lines after the first
// start with indent, which the caller has already written for the first.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	col := len(indent)
	for i, word := range strings.Fields(text) {
		n := len([]rune(word))
		if i > 0 && col+1+n > width {
			b.WriteString("\n" + indent)
			col = len(indent)
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
	return b.String()
}

// manPage writes the manual page in roff (man(7)).
func manPage(w io.Writer) {
	esc := func(s string) string {
		s = strings.ReplaceAll(s, `\`, `\e`)
		s = strings.ReplaceAll(s, "-", `\-`)
		if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
			s = `\&` + s
		}
		return s
	}
	fmt.Fprintf(w, ".\\\" Generated by publish man from the flag definitions; do not edit.\n")
	fmt.Fprintf(w, ".TH PUBLISH 1 \"\" \"publish %s\" \"User Commands\"\n", version)
	fmt.Fprintf(w, ".SH NAME\npublish \\- turn OCR text and Markdown into Markdown, PDF and EPUB\n")
	fmt.Fprintf(w, ".SH SYNOPSIS\n")
	for _, c := range commands {
		fmt.Fprintf(w, ".B %s\n.br\n", esc(c.synopsis))
	}
	fmt.Fprintf(w, ".SH DESCRIPTION\n%s\n", esc(strings.ReplaceAll(intro, "\n", " ")))
	for _, p := range inputsText {
		fmt.Fprintf(w, ".PP\n%s\n", esc(p))
	}
	fmt.Fprintf(w, ".SH COMMANDS\n")
	for _, c := range commands {
		fmt.Fprintf(w, ".TP\n.B %s\n%s", esc(c.name), esc(c.summary))
		if h := commandHelp[c.name]; h != "" {
			fmt.Fprintf(w, ". %s", esc(h))
		}
		fmt.Fprintf(w, "\n")
	}
	fmt.Fprintf(w, ".SH OPTIONS\n")
	for _, f := range flagDefs {
		fmt.Fprintf(w, ".TP\n")
		if f.short != "" {
			fmt.Fprintf(w, "\\fB\\-%s\\fR, ", esc(f.short))
		}
		fmt.Fprintf(w, "\\fB\\-\\-%s\\fR", esc(f.name))
		if f.arg != "" {
			fmt.Fprintf(w, " \\fI%s\\fR", esc(f.arg))
		}
		fmt.Fprintf(w, "\n%s", esc(flagDetail(f)))
		if cmds := f.cmds; len(cmds) == 1 && cmds[0] != "publish" || len(cmds) > 1 && len(cmds) < len(commands) {
			fmt.Fprintf(w, " (commands: %s)", esc(strings.Join(cmds, ", ")))
		}
		fmt.Fprintf(w, "\n")
	}
	fmt.Fprintf(w, ".SH EXIT STATUS\n0 when every document was published, 1 when any failed (the others are still published), 2 for a usage error.\n")
	fmt.Fprintf(w, ".SH ENVIRONMENT\n.TP\n.B SOURCE_DATE_EPOCH\nSeconds since 1970 used for the dates in the PDF and the EPUB, so that the same input gives byte\\-identical files.\n")
	fmt.Fprintf(w, ".SH EXAMPLES\n")
	for _, e := range examples {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", esc(e[0]), esc(e[1]))
	}
	fmt.Fprintf(w, ".SH SEE ALSO\n.BR pandoc (1),\n.BR ebook\\-convert (1)\n")
}

// completion writes the completion script for shell.
func completion(w io.Writer, shell string) error {
	switch shell {
	case "bash":
		bashCompletion(w)
	case "zsh":
		zshCompletion(w)
	case "fish":
		fishCompletion(w)
	default:
		return fmt.Errorf("completion: unknown shell %q (choose bash, zsh or fish)", shell)
	}
	return nil
}

// subcommands are the commands other than the default one.
func subcommands() []command { return commands[1:] }

func names(cs []command) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.name)
	}
	return strings.Join(s, " ")
}

func bashCompletion(w io.Writer) {
	fmt.Fprintf(w, "# bash completion for publish; generated by publish completion bash\n_publish() {\n")
	fmt.Fprintf(w, "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=publish\n")
	fmt.Fprintf(w, "  if [[ $COMP_CWORD -gt 1 ]]; then\n    case ${COMP_WORDS[1]} in %s) cmd=${COMP_WORDS[1]} ;; esac\n  fi\n",
		strings.ReplaceAll(names(subcommands()), " ", "|"))
	fmt.Fprintf(w, "  case $prev in\n")
	for _, f := range flagDefs {
		if f.arg == "" {
			continue
		}
		fmt.Fprintf(w, "    %s)\n      ", bashPattern(f))
		switch {
		case len(f.choices) > 0:
			fmt.Fprintf(w, "COMPREPLY=($(compgen -W %q -- \"$cur\"))", strings.Join(f.choices, " "))
		case f.files == "image":
			fmt.Fprintf(w, "COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.png' -- \"$cur\") $(compgen -f -X '!*.jp*g' -- \"$cur\") $(compgen -f -X '!*.gif' -- \"$cur\"))")
		case f.files == "css":
			fmt.Fprintf(w, "COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.css' -- \"$cur\"))")
		case f.files != "":
			fmt.Fprintf(w, "COMPREPLY=($(compgen -f -- \"$cur\"))")
		default:
			fmt.Fprintf(w, "COMPREPLY=()")
		}
		fmt.Fprintf(w, "; return ;;\n")
	}
	fmt.Fprintf(w, "  esac\n  case $cmd in\n")
	for _, c := range commands {
		fmt.Fprintf(w, "    %s)\n", c.name)
		fmt.Fprintf(w, "      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W %q -- \"$cur\")); return; fi\n", bashFlags(c.name))
		switch c.name {
		case "publish":
			fmt.Fprintf(w, "      COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.txt' -- \"$cur\") $(compgen -f -X '!*.md' -- \"$cur\"))\n")
			fmt.Fprintf(w, "      [[ $COMP_CWORD -eq 1 ]] && COMPREPLY+=($(compgen -W %q -- \"$cur\")) ;;\n", names(subcommands()))
		case "normalize":
			fmt.Fprintf(w, "      COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.txt' -- \"$cur\")) ;;\n")
		case "completion":
			fmt.Fprintf(w, "      COMPREPLY=($(compgen -W \"bash zsh fish\" -- \"$cur\")) ;;\n")
		case "help":
			fmt.Fprintf(w, "      COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", names(subcommands()))
		default:
			fmt.Fprintf(w, "      COMPREPLY=() ;;\n")
		}
	}
	fmt.Fprintf(w, "  esac\n}\ncomplete -o filenames -F _publish publish\n")
}

func bashPattern(f flagDef) string {
	p := "--" + f.name
	if f.short != "" {
		p += "|-" + f.short
	}
	return p
}

func bashFlags(cmd string) string {
	var s []string
	for _, f := range flagsOf(cmd) {
		s = append(s, "--"+f.name)
		if f.short != "" {
			s = append(s, "-"+f.short)
		}
	}
	return strings.Join(s, " ")
}

// zshQuote makes text safe inside a single-quoted zsh _arguments spec:
// brackets end a description, colons end a value's message.
func zshQuote(s string, inMessage bool) string {
	r := []string{"'", `'\''`, "[", `\[`, "]", `\]`}
	if inMessage {
		r = append(r, ":", `\:`)
	}
	return strings.NewReplacer(r...).Replace(s)
}

func zshCompletion(w io.Writer) {
	fmt.Fprintf(w, "#compdef publish\n# zsh completion for publish; generated by publish completion zsh\n\n_publish() {\n")
	fmt.Fprintf(w, "  local cmd=publish\n  if (( CURRENT > 2 )); then\n    case $words[2] in %s) cmd=$words[2] ;; esac\n  fi\n",
		strings.ReplaceAll(names(subcommands()), " ", "|"))
	fmt.Fprintf(w, "  case $cmd in\n")
	for _, c := range commands {
		fmt.Fprintf(w, "    %s)\n      _arguments -s", c.name)
		if c.name != "publish" {
			fmt.Fprintf(w, " \\\n        '1: :(%s)'", c.name)
		}
		for _, f := range flagsOf(c.name) {
			summary := zshQuote(f.usage, false)
			if len([]rune(summary)) > 70 {
				summary = string([]rune(summary)[:67]) + "..."
			}
			value := ""
			if f.arg != "" {
				action := ""
				switch {
				case len(f.choices) > 0:
					action = "(" + strings.Join(f.choices, " ") + ")"
				case f.files == "image":
					action = "_files -g '*.(png|jpg|jpeg|gif)'"
				case f.files == "css":
					action = "_files -g '*.css'"
				case f.files != "":
					action = "_files"
				}
				value = ":" + zshQuote(f.arg, true) + ":" + strings.ReplaceAll(action, "'", `'\''`)
			}
			rep := ""
			if f.repeat {
				rep = "*"
			}
			if f.short != "" {
				fmt.Fprintf(w, " \\\n        %s'(-%s --%s)'{-%s,--%s}'[%s]%s'", rep, f.short, f.name, f.short, f.name, summary, value)
				if f.repeat {
					// a repeatable flag excludes nothing
					continue
				}
			} else {
				fmt.Fprintf(w, " \\\n        %s'--%s[%s]%s'", rep, f.name, summary, value)
			}
		}
		switch c.name {
		case "publish":
			fmt.Fprintf(w, " \\\n        '*:input:_files -g \"*.(txt|md|markdown)\"'")
		case "normalize":
			fmt.Fprintf(w, " \\\n        '*:raw text file:_files -g \"*.txt\"'")
		case "completion":
			fmt.Fprintf(w, " \\\n        '2:shell:(bash zsh fish)'")
		case "help":
			fmt.Fprintf(w, " \\\n        '2:command:(%s)'", names(subcommands()))
		}
		fmt.Fprintf(w, "\n")
		if c.name == "publish" {
			fmt.Fprintf(w, "      (( CURRENT == 2 )) && compadd -- %s\n", names(subcommands()))
		}
		fmt.Fprintf(w, "      ;;\n")
	}
	fmt.Fprintf(w, "  esac\n}\n\n_publish \"$@\"\n")
}

func fishCompletion(w io.Writer) {
	fmt.Fprintf(w, "# fish completion for publish; generated by publish completion fish\ncomplete -c publish -f\n")
	sub := names(subcommands())
	fmt.Fprintf(w, "complete -c publish -n 'not __fish_seen_subcommand_from %s' -a '%s'\n", sub, sub)
	for _, c := range subcommands() {
		fmt.Fprintf(w, "complete -c publish -n 'not __fish_seen_subcommand_from %s' -a %s -d '%s'\n", sub, c.name, fishQuote(c.summary))
	}
	fmt.Fprintf(w, "complete -c publish -n 'not __fish_seen_subcommand_from %s' -k -a '(__fish_complete_suffix .txt; __fish_complete_suffix .md)'\n", sub)
	fmt.Fprintf(w, "complete -c publish -n '__fish_seen_subcommand_from normalize' -k -a '(__fish_complete_suffix .txt)'\n")
	fmt.Fprintf(w, "complete -c publish -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n")
	fmt.Fprintf(w, "complete -c publish -n '__fish_seen_subcommand_from help' -a '%s'\n", sub)
	for _, f := range flagDefs {
		var cond string
		switch {
		case len(f.cmds) == len(commands):
			cond = ""
		case len(f.cmds) == 1 && f.cmds[0] == "publish":
			cond = fmt.Sprintf("-n 'not __fish_seen_subcommand_from %s' ", sub)
		default:
			var others []string
			for _, c := range f.cmds {
				if c != "publish" {
					others = append(others, c)
				}
			}
			cond = fmt.Sprintf("-n 'not __fish_seen_subcommand_from %s; or __fish_seen_subcommand_from %s' ", sub, strings.Join(others, " "))
		}
		fmt.Fprintf(w, "complete -c publish %s-l %s", cond, f.name)
		if f.short != "" {
			fmt.Fprintf(w, " -s %s", f.short)
		}
		if f.arg != "" {
			switch {
			case len(f.choices) > 0:
				fmt.Fprintf(w, " -x -a '%s'", strings.Join(f.choices, " "))
			case f.files != "":
				fmt.Fprintf(w, " -r -F")
			default:
				fmt.Fprintf(w, " -x")
			}
		}
		fmt.Fprintf(w, " -d '%s'\n", fishQuote(f.usage))
	}
}

func fishQuote(s string) string {
	return strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s)
}
