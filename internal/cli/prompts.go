package cli

import (
	"fmt"

	"github.com/mtcheck/mtcheck/prompts"
	"github.com/urfave/cli/v2"
)

func promptsCommand(sio IO) *cli.Command {
	dirFlag := &cli.StringFlag{Name: "prompts", Usage: "read prompt overrides from `DIR`"}
	load := func(c *cli.Context) (*prompts.Set, error) {
		s, err := prompts.Load(c.String("prompts"))
		if err != nil {
			return nil, usagef("%v", err)
		}
		return s, nil
	}
	return &cli.Command{
		Name:  "prompts",
		Usage: "list, show or export the LLM prompt templates",
		Description: `The LLM prompts are text/template files with the JSON schema of their answers, built
into mtcheck. Export them, edit the copies, and pass the directory with --prompts (or
llm.prompts in .mtcheck.yaml): a file there replaces the built-in one of the same name.
Each prompt's version is a hash of its files: it is part of the LLM cache key and of the
run signature in JSON reports.

Examples:
   mtcheck prompts list
   mtcheck prompts show reviewer
   mtcheck prompts export my-prompts && mtcheck check --llm --prompts my-prompts story.txt`,
		Subcommands: []*cli.Command{
			{Name: "list", Usage: "list the prompts with their versions", Flags: []cli.Flag{dirFlag},
				Action: func(c *cli.Context) error {
					s, err := load(c)
					if err != nil {
						return err
					}
					for _, n := range s.Names() {
						p, _ := s.Get(n)
						fmt.Fprintf(sio.Out, "%-9s %s  %-9s %s\n", p.Name, p.Version, p.Origin, p.Description)
					}
					return nil
				}},
			{Name: "show", Usage: "print a prompt's template and schema", ArgsUsage: "NAME", Flags: []cli.Flag{dirFlag},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usagef("prompts show: want one NAME (see mtcheck prompts list)")
					}
					s, err := load(c)
					if err != nil {
						return err
					}
					p, err := s.Get(c.Args().First())
					if err != nil {
						return usagef("%v", err)
					}
					_, err = p.WriteTo(sio.Out)
					return err
				}},
			{Name: "export", Usage: "write the prompt files into a directory", ArgsUsage: "DIR", Flags: []cli.Flag{dirFlag},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usagef("prompts export: want one DIR")
					}
					s, err := load(c)
					if err != nil {
						return err
					}
					written, err := s.Export(c.Args().First())
					for _, w := range written {
						fmt.Fprintln(sio.Out, w)
					}
					if err != nil {
						return usagef("%v", err)
					}
					return nil
				}},
		},
	}
}
