// Package config holds sessiond's one configuration struct, its defaults in
// code, a reflective table of every dotted key (used for flags, environment
// variables, the generated example file and `sessiond config show`), strict
// YAML key checking with line numbers, and validation by section.
//
// Only internal/cli turns files, environment and flags into a Config (it alone
// imports viper); every other package receives its own section as a plain
// struct.
package config
