// Package cli builds sessiond's cobra command tree. It is the only package
// that imports viper: it merges defaults, the YAML file, SESSIOND_* environment
// variables and flags named as the dotted config keys into one config.Config,
// and hands plain structs to the rest of the program.
package cli
