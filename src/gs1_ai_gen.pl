#!/usr/bin/perl
#
# gs1_ai_gen.pl
#		Generate src/gs1_ai_table.c (the gs1_ai_table[] array declared in
#		src/gs1_ai.h) from a GS1 Barcode Syntax Dictionary text file.
#
# Usage: perl src/gs1_ai_gen.pl gs1-syntax-dictionary.txt > src/gs1_ai_table.c
#
# One table entry per dictionary line; ranges stay ranges.  The output is
# deterministic (it depends only on the dictionary's bytes and on the linter
# names in src/gs1_lint.h), so regenerating from the same dictionary
# reproduces the committed file byte for byte; test/unit/gs1_table_regen.sh
# checks that.  Anything the table cannot represent (unknown linter, flag or
# attribute; more components, linters or req= keys than gs1_ai.h allows;
# overlapping or non-prefix-free AIs) makes the script die with a message
# naming the dictionary line.
#
# Core Perl modules only.

use strict;
use warnings;

use Digest::SHA ();
use File::Basename qw(basename dirname);
use File::Spec ();

my $dict = shift @ARGV;
die "usage: $0 gs1-syntax-dictionary.txt > gs1_ai_table.c\n"
  unless defined $dict && !@ARGV;

# Limits and linter names come from the headers next to this script, so the
# generator and the C types cannot drift apart silently.
my $srcdir = dirname(File::Spec->rel2abs($0));
my %limit = read_limits("$srcdir/gs1_ai.h");
my %linter = read_linters("$srcdir/gs1_lint.h");

open(my $fh, '<:raw', $dict) or die "$0: cannot open $dict: $!\n";
my $bytes = do { local $/; <$fh> };
close($fh);

my $sha256 = Digest::SHA::sha256_hex($bytes);
my $release;
my @copyright;
my @entries;
my $lineno = 0;

for my $line (split /\n/, $bytes)
{
	$lineno++;
	$line =~ s/\r\z//;
	my $where = basename($dict) . ":$lineno";

	if ($line =~ /^\s*#/)
	{
		$release = $1
		  if !defined $release && $line =~ /^#\s*Release:\s*(\S.*?)\s*$/;
		push @copyright, $1 if $line =~ /^#\s*(Copyright\b.*?)\s*$/;
		next;
	}
	next if $line =~ /^\s*$/;
	push @entries, parse_line($line, $where);
}

die "$0: $dict: no Release: header line\n" unless defined $release;
die "$0: $dict: no Copyright lines in the header\n" unless @copyright;
die "$0: $dict: no entries\n" unless @entries;
check_prefix_free(@entries);

# Lexical order of the first AI (the dictionary's own order); stable.
@entries = sort { $a->{ai} cmp $b->{ai} } @entries;

print_table();
exit 0;

# read_limits(path): the GS1_* size limits #defined in gs1_ai.h.
sub read_limits
{
	my ($path) = @_;
	my %l;
	open(my $h, '<', $path) or die "$0: cannot open $path: $!\n";
	while (<$h>)
	{
		$l{$1} = $2 if /^#define\s+GS1_(AI_MAXLEN|MAX_COMPONENTS|MAX_LINTERS|MAX_REQ)\s+(\d+)/;
	}
	close($h);
	for my $k (qw(AI_MAXLEN MAX_COMPONENTS MAX_LINTERS MAX_REQ))
	{
		die "$0: $path does not #define GS1_$k\n" unless defined $l{$k};
	}
	return %l;
}

# read_linters(path): map of dictionary linter name ("csum") to the
# gs1_linter enum constant ("GS1_LINT_CSUM") declared in gs1_lint.h.
sub read_linters
{
	my ($path) = @_;
	my %l;
	open(my $h, '<', $path) or die "$0: cannot open $path: $!\n";
	while (<$h>)
	{
		next unless /^\s*(GS1_LINT_([A-Z0-9]+))\b/;
		next if $2 eq 'NONE';
		$l{ lc $2 } = $1;
	}
	close($h);
	die "$0: no GS1_LINT_* constants found in $path\n" unless %l;
	return %l;
}

# parse_line(line, where): one dictionary entry line as a hash
# {ai, ai_last, flags[], comp[], req[], ex, dlpkey, title}.
sub parse_line
{
	my ($line, $where) = @_;
	my $title = '';

	# Everything after the first '#' is the title.
	my $hash = index($line, '#');
	if ($hash >= 0)
	{
		$title = substr($line, $hash + 1);
		$line = substr($line, 0, $hash);
		$title =~ s/^\s+//;
		$title =~ s/\s+\z//;
	}

	my @tok = split ' ', $line;
	my %e = (
		title => $title,
		flags => [],
		comp => [],
		req => [],
		ex => undef,
		dlpkey => undef);

	# AIs: "01" or "3100-3105"
	my $ais = shift @tok;
	die "$0: $where: empty entry\n" unless defined $ais;
	my ($first, $last) = $ais =~ /^(\d+)(?:-(\d+))?\z/
	  or die "$0: $where: bad AI or AI range '$ais'\n";
	$last = $first unless defined $last;
	die "$0: $where: AI '$first' is not 2 to $limit{AI_MAXLEN} digits\n"
	  if length($first) < 2 || length($first) > $limit{AI_MAXLEN};
	die "$0: $where: range '$ais' mixes AI lengths\n"
	  if length($last) != length($first);
	die "$0: $where: range '$ais' is empty\n" if $last lt $first;
	@e{qw(ai ai_last)} = ($first, $last);

	# Flags: a token made only of punctuation (components start with a
	# type letter or '[' followed by a letter).
	if (@tok && $tok[0] =~ /^[[:punct:]]+\z/)
	{
		for my $f (split //, shift @tok)
		{
			die "$0: $where: unknown flag '$f'\n" unless $f eq '*' || $f eq '?';
			die "$0: $where: repeated flag '$f'\n"
			  if grep { $_ eq $f } @{ $e{flags} };
			push @{ $e{flags} }, $f;
		}
	}

	# Specification components, up to the first attribute.
	while (@tok && $tok[0] !~ /^[a-z]/)
	{
		my $c = shift @tok;
		my ($open, $type, $dots, $len, $close, $lint) =
		  $c =~ /^(\[?)([NXYZ])(\.\.)?(\d+)(\]?)((?:,[a-z0-9]+)*)\z/
		  or die "$0: $where: bad specification component '$c'\n";
		die "$0: $where: unbalanced brackets in '$c'\n"
		  if ($open eq '') != ($close eq '');
		die "$0: $where: bad length in '$c'\n" if $len < 1 || $len > 255;
		my @lint = grep { $_ ne '' } split /,/, $lint;
		die "$0: $where: '$c' has more than $limit{MAX_LINTERS} linters\n"
		  if @lint > $limit{MAX_LINTERS};
		for my $l (@lint)
		{
			die "$0: $where: unknown linter '$l' in '$c' (no GS1_LINT_\U$l\E in gs1_lint.h)\n"
			  unless exists $linter{$l};
		}
		my $prev = @{ $e{comp} } ? $e{comp}[-1] : undef;
		die "$0: $where: component '$c' follows a variable-length one\n"
		  if $prev && $prev->{min} != $prev->{max};
		die "$0: $where: mandatory component '$c' follows an optional one\n"
		  if $prev && $prev->{optional} && $open eq '';
		push @{ $e{comp} }, {
			cset => $type,
			min => $dots ? 1 : $len + 0,
			max => $len + 0,
			optional => $open ne '',
			linters => [ map { $linter{$_} } @lint ] };
	}
	die "$0: $where: no specification components\n" unless @{ $e{comp} };
	die "$0: $where: more than $limit{MAX_COMPONENTS} components\n"
	  if @{ $e{comp} } > $limit{MAX_COMPONENTS};

	# Attributes: req=..., ex=..., dlpkey[=...]
	for my $a (@tok)
	{
		my ($k, $eq, $v) = $a =~ /^([a-z]+)(=?)(.*)\z/
		  or die "$0: $where: bad attribute '$a'\n";
		if ($k eq 'req')
		{
			die "$0: $where: bad req value in '$a'\n"
			  unless $eq && $v =~ /^[0-9n]+(?:[+,][0-9n]+)*\z/;
			push @{ $e{req} }, $v;
			die "$0: $where: more than $limit{MAX_REQ} req= keys\n"
			  if @{ $e{req} } > $limit{MAX_REQ};
		}
		elsif ($k eq 'ex')
		{
			die "$0: $where: bad ex value in '$a'\n"
			  unless $eq && $v =~ /^[0-9n]+(?:,[0-9n]+)*\z/;
			die "$0: $where: repeated ex= key\n" if defined $e{ex};
			$e{ex} = $v;
		}
		elsif ($k eq 'dlpkey')
		{
			die "$0: $where: bad dlpkey value in '$a'\n"
			  unless !$eq || $v =~ /^\d+(?:[,|]\d+)*\z/;
			die "$0: $where: repeated dlpkey key\n" if defined $e{dlpkey};
			$e{dlpkey} = $v;
		}
		else
		{
			die "$0: $where: unknown attribute '$k' in '$a'\n";
		}
	}
	return \%e;
}

# check_prefix_free(entries): die unless every AI is defined once and no AI
# is a prefix of another (gs1_ai_prefix relies on that).
sub check_prefix_free
{
	my %owner;
	for my $e (@_)
	{
		my $w = length $e->{ai};
		for my $n ($e->{ai} .. $e->{ai_last})
		{
			my $ai = sprintf('%0*d', $w, $n);
			die "$0: AI $ai is defined by $owner{$ai} and by $e->{ai}\n"
			  if exists $owner{$ai};
			$owner{$ai} = $e->{ai};
		}
	}
	for my $ai (keys %owner)
	{
		for my $n (2 .. length($ai) - 1)
		{
			my $p = substr($ai, 0, $n);
			die "$0: AI $p is a prefix of AI $ai\n" if exists $owner{$p};
		}
	}
}

# cstr(bytes): a C string literal for bytes, or NULL when undef.  Non-ASCII
# bytes become \xHH; a following hex digit starts a new literal ("" "") so it
# cannot extend the escape.  '?' is escaped so no trigraph can form.
sub cstr
{
	my ($s) = @_;
	return 'NULL' unless defined $s;
	my $out = '"';
	my $hex = 0;
	for my $ch (split //, $s)
	{
		my $o = ord $ch;
		die "$0: character above 0xFF in string\n" if $o > 255;
		$out .= '" "' if $hex && $ch =~ /[0-9A-Fa-f]/;
		$hex = 0;
		if ($ch eq '"' || $ch eq '\\' || $ch eq '?')
		{
			$out .= "\\$ch";
		}
		elsif ($o < 0x20 || $o >= 0x7f)
		{
			$out .= sprintf('\\x%02x', $o);
			$hex = 1;
		}
		else
		{
			$out .= $ch;
		}
	}
	return $out . '"';
}

# comment_text(s): s made safe for a C block comment (ASCII, no "*/").
sub comment_text
{
	my ($s) = @_;
	$s =~ s/[^\x20-\x7e]/?/g;
	$s =~ s{\*/}{* /}g;
	return $s;
}

# print_table(): write the C file to stdout.
sub print_table
{
	my $n = @entries;
	my $rel = comment_text($release);
	my $name = comment_text(basename($dict));
	my $copy = join('', map { ' *   ' . comment_text($_) . "\n" } @copyright);

	print <<"EOT";
/*
 * gs1_ai_table.c
 *		The GS1 Application Identifier table declared in gs1_ai.h.
 *
 * GENERATED FILE -- DO NOT EDIT.  Generated by src/gs1_ai_gen.pl from the
 * GS1 Barcode Syntax Dictionary (https://github.com/gs1/gs1-syntax-dictionary):
 *
 *   file     $name
 *   Release: $rel
 *   sha256   $sha256
 *
 * To change it, regenerate:
 *   perl src/gs1_ai_gen.pl gs1-syntax-dictionary.txt > src/gs1_ai_table.c
 *
 * The facts in this table (AIs, formats, linters, attributes and titles)
 * come from the GS1 Barcode Syntax Dictionary,
$copy *
 * licensed under the Apache License, Version 2.0 (the "License"); you may
 * not use this file except in compliance with the License.  You may obtain
 * a copy of the License at http://www.apache.org/licenses/LICENSE-2.0
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 *
 * $n entries, one per dictionary line, in lexical order of their first AI.
 * Each entry: {ai, ai_last, flags, {components}, {req...}, ex, dlpkey,
 * title}; a component is {cset, min, max, optional, {linters}}.  Entries
 * without a title in the dictionary have title "".
 */
#include "gs1_ai.h"

const gs1_ai_entry gs1_ai_table[] = {
EOT

	for my $e (@entries)
	{
		my $flags = join(' | ',
			(grep { $_ eq '*' } @{ $e->{flags} }) ? 'GS1_AI_FIXED' : (),
			(grep { $_ eq '?' } @{ $e->{flags} }) ? 'GS1_AI_DLATTR' : ());
		$flags = '0' if $flags eq '';

		my @comp;
		for my $c (@{ $e->{comp} })
		{
			my $lint = @{ $c->{linters} } ? join(', ', @{ $c->{linters} }) : '0';
			push @comp, sprintf("{'%s', %d, %d, %s, {%s}}",
				$c->{cset}, $c->{min}, $c->{max},
				$c->{optional} ? 'true' : 'false', $lint);
		}
		my $req = join(', ', (map { cstr($_) } @{ $e->{req} }), 'NULL');

		printf "\t{%s, %s, %s,\n\t\t{%s},\n\t\t{%s}, %s, %s, %s},\n",
		  cstr($e->{ai}), cstr($e->{ai_last}), $flags,
		  join(', ', @comp),
		  $req, cstr($e->{ex}), cstr($e->{dlpkey}), cstr($e->{title});
	}

	print <<"EOT";
};

const size_t gs1_ai_table_len = sizeof(gs1_ai_table) / sizeof(gs1_ai_table[0]);
EOT
}
