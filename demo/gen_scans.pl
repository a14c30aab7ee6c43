#!/usr/bin/perl
# demo/gen_scans.pl
#	Generates demo/data/scans.txt: a scan log from checkpoints along the
#	Middle Corridor (Khorgos -> Aktau -> Alat -> Poti -> Istanbul), with
#	marking codes in every form that reaches a database, the same units
#	scanned in different forms, and a set of rejects.  Check digits, crypto
#	tails and encodings are computed here, so the valid codes are valid.
#	The crypto tails are made up (hashes), not real operator signatures.
#
# Usage: perl demo/gen_scans.pl > demo/data/scans.txt
# Output: tab-separated, with a header line; read by demo/load.sql with
# COPY (FORMAT csv, DELIMITER tab) so that backslashes stay literal.
use strict;
use warnings;
use Digest::SHA qw(sha256_base64);

my $GS = "\x1d";

# GTIN check digit (GS1 mod 10) appended to the digits given.
sub gtin
{
	my ($body) = @_;
	my ($sum, $i) = (0, 0);

	for my $d (reverse split //, $body)
	{
		$sum += ($i++ % 2 == 0 ? 3 : 1) * $d;
	}
	return $body . ((10 - $sum % 10) % 10);
}

# Digital Link percent-encoding: everything but unreserved characters.
sub dl_enc
{
	my ($s) = @_;
	$s =~ s/([^A-Za-z0-9._~-])/sprintf('%%%02X', ord $1)/ge;
	return $s;
}

# EPC Tag Data Standard escaping of an SGTIN serial.
sub epc_enc
{
	my ($s) = @_;
	$s =~ s/(["%&\/<>?])/sprintf('%%%02X', ord $1)/ge;
	return $s;
}

# Made-up crypto tails: (91) key id, (92) 44-char code, (93) 4-char code.
sub k92
{
	my ($g, $s) = @_;
	return sha256_base64("92:$g:$s") . '=';
}

sub k93
{
	my ($g, $s) = @_;
	return substr(sha256_base64("93:$g:$s"), 0, 4);
}

# Products: GTIN-14 built from a 12-digit GTIN-13 body (GS1 prefix first),
# with the GS1 company prefix length used for the EPC URN.
my %p = (
	kz_dryer  => [gtin('0' . '487000123456'), 7],	# Kazakhstan (487)
	kz_kettle => [gtin('0' . '487020456789'), 7],
	cn_buds   => [gtin('0' . '690123456789'), 7],	# China (690-699)
	cn_dryer  => [gtin('0' . '693456789012'), 7],
	cn_cable  => [gtin('0' . '695888000111'), 8],
	az_tea    => [gtin('0' . '476000111222'), 7],	# Azerbaijan (476)
	ge_wine   => [gtin('0' . '486000222333'), 7],	# Georgia (486)
	tr_towel  => [gtin('0' . '868123456789'), 7],	# Turkiye (868-869)
	tr_shoes  => [gtin('0' . '869100200300'), 7],
	uz_cotton => [gtin('0' . '478000333444'), 7],	# Uzbekistan (478)
	ru_cream  => [gtin('0' . '460123400500'), 7],	# Russia (460-469)
	ru_milk   => [gtin('0' . '469012345678'), 7],
);
my $sscc = gtin('1' . '4870001' . '000004217');	# SSCC: ext. digit, GCP, ref

# Units: product, serial, crypto tail (91/92 key id, or '93').
my %u = (
	U1  => ['kz_dryer',  '5Tk!Yq3%Nb&x8', 'EE10'],
	U2  => ['cn_buds',   '0Aq7Lw2Rm9XcE', 'FFD0'],
	U3  => ['cn_dryer',  'hR5*uB8=kP2zN', '93'],
	U4  => ['az_tea',    'Zx4_Vb9.Qe1Lm', 'EE06'],
	U5  => ['ge_wine',   'Mm3+Tt7-Yy2Ww', '93'],
	U6  => ['tr_towel',  'Ka8:Ld5;Pf3Gh', 'EE10'],
	U7  => ['tr_shoes',  'Rn2,Sv6!Xq9Bc', 'FFD0'],
	U8  => ['uz_cotton', "Jw7'Ec4_Uo1Ia", 'EE06'],
	U9  => ['ru_cream',  'Dt6=Hg2+Nk8Ls', 'FFD0'],
	U10 => ['ru_milk',   'Co9.Aw5-Er3Ty', '93'],
	U11 => ['kz_kettle', 'Pk1!Lo7*Ij4Uh', 'EE10'],
	U12 => ['kz_kettle', 'Pk1!Lo7*Ij4Ui', 'EE10'],
	U13 => ['cn_cable',  'Qa2Ws3Ed4Rf5T', '93'],
	U14 => ['cn_cable',  'Qa2Ws3Ed4Rf5Y', '93'],
);

# The elements of a unit's code: [[ai, value], ...] in barcode order.
sub elems
{
	my ($id, $notail) = @_;
	my ($prod, $ser, $key) = @{$u{$id}};
	my $g = $p{$prod}[0];
	my @e = (['01', $g], ['21', $ser]);

	return @e if $notail;
	if ($key eq '93')
	{
		push @e, ['93', k93($g, $ser)];
	}
	else
	{
		push @e, ['91', $key], ['92', k92($g, $ser)];
	}
	return @e;
}

# Renderings of a list of elements.
sub bracketed
{
	return join '', map { "($_->[0])$_->[1]" } @_;
}

# Scanner data with separator $sep after each value that is not last and
# whose AI is not one of the predefined-length AIs (00-04, 11-20, 31-36, 41),
# after an optional symbology identifier.
sub scan
{
	my ($symid, $sep, @e) = @_;
	my $out = $symid;

	for my $i (0 .. $#e)
	{
		$out .= $e[$i][0] . $e[$i][1];
		$out .= $sep if $i < $#e && $e[$i][0] !~ /^(0[0-4]|1[1-9]|20|3[1-6]|41)/;
	}
	return $out;
}

sub digital_link
{
	my ($stem, @e) = @_;
	my %v = map { $_->[0] => $_->[1] } @e;
	my $out = "$stem/01/" . dl_enc($v{'01'});
	$out .= '/21/' . dl_enc($v{'21'}) if exists $v{'21'};
	my @q = grep { $_->[0] ne '01' && $_->[0] ne '21' } @e;
	$out .= '?' . join('&', map { "$_->[0]=" . dl_enc($_->[1]) } @q) if @q;
	return $out;
}

sub epc_urn
{
	my ($id) = @_;
	my ($prod, $ser) = @{$u{$id}};
	my ($g, $cpl) = @{$p{$prod}};

	return 'urn:epc:id:sgtin:' . substr($g, 1, $cpl) . '.' .
		substr($g, 0, 1) . substr($g, 1 + $cpl, 12 - $cpl) . '.' . epc_enc($ser);
}

my $u1g = $p{kz_dryer}[0];
my $u2g = $p{cn_buds}[0];
my @rows = (
	# Khorgos (CN/KZ border): DataMatrix readers, real GS bytes
	['2025-03-03 08:14:05', 'KZ-KHORGOS-GATE-3', scan(']d2', $GS, elems('U1'))],
	['2025-03-03 08:14:41', 'KZ-KHORGOS-GATE-3', scan('', $GS, elems('U2'))],
	['2025-03-03 08:15:02', 'KZ-KHORGOS-GATE-3', scan(']d2', $GS, elems('U3'))],
	['2025-03-03 08:15:30', 'KZ-KHORGOS-GATE-3', scan(']d2', $GS, elems('U13'))],
	['2025-03-03 08:15:31', 'KZ-KHORGOS-GATE-3', scan(']d2', $GS, elems('U14'))],
	['2025-03-03 08:16:10', 'KZ-KHORGOS-GATE-3', "]C100$sscc"],
	['2025-03-03 08:16:12', 'KZ-KHORGOS-GATE-3', scan(']C1', $GS, ['01', gtin('1' . '690123456789')], ['17', '271231'], ['10', 'LOT2503A'])],
	['2025-03-03 08:17:55', 'KZ-KHORGOS-GATE-3', 'NO READ'],
	['2025-03-03 08:18:20', 'KZ-KHORGOS-GATE-3', ']d20104870001234'],
	['2025-03-03 09:02:13', 'KZ-ALTYNKOL-RAIL-1', scan(']d2', $GS, elems('U2'))],
	['2025-03-03 09:03:40', 'KZ-ALTYNKOL-RAIL-1', '(01)' . substr($u1g, 0, 13) . '1(21)5Tk!Yq3%Nb&x8'],
	# Kazakh and Uzbek goods join at the southern border and inland
	['2025-03-04 11:20:00', 'KZ-SARYAGASH-2', scan(']d2', $GS, elems('U8'))],
	['2025-03-04 11:21:09', 'KZ-SARYAGASH-2', scan('', '\u001d', elems('U8'))],
	['2025-03-04 15:45:30', 'KZ-ALMATY-WH-1', scan(']d2', $GS, elems('U11'))],
	['2025-03-04 15:45:58', 'KZ-ALMATY-WH-1', scan(']d2', $GS, elems('U12'))],
	['2025-03-04 15:46:30', 'KZ-ALMATY-WH-1', '4870204567891'],
	['2025-03-04 15:47:02', 'KZ-ALMATY-WH-1', scan('', '', elems('U11'))],
	['2025-03-05 07:30:12', 'KZ-PETROPAVL-1', scan(']d2', $GS, elems('U9'))],
	['2025-03-05 07:31:40', 'KZ-PETROPAVL-1', scan('', '^', elems('U10'))],
	# Aktau / Kuryk ports: exports from a terminal system mangle the GS
	['2025-03-06 06:02:11', 'KZ-AKTAU-PORT-1', scan(']d2', '<GS>', elems('U1'))],
	['2025-03-06 06:02:47', 'KZ-AKTAU-PORT-1', scan('', '\x1d', elems('U2'))],
	['2025-03-06 06:03:15', 'KZ-AKTAU-PORT-1', scan('', '^', elems('U3'))],
	['2025-03-06 06:04:02', 'KZ-AKTAU-PORT-1', "https://id.gs1.org/00/$sscc"],
	['2025-03-06 06:05:30', 'KZ-AKTAU-PORT-1', scan(']d2', '<GS>', elems('U11'))],
	['2025-03-06 06:06:13', 'KZ-AKTAU-PORT-1', '(01)' . $p{kz_dryer}[0] . '(17)271332(10)LOT7'],
	['2025-03-06 18:40:00', 'KZ-KURYK-PORT-2', scan(']d2', $GS, elems('U9'))],
	['2025-03-06 18:41:12', 'KZ-KURYK-PORT-2', scan(']d2', $GS, elems('U12'))],
	['2025-03-06 18:42:05', 'KZ-KURYK-PORT-2', '(01)' . $p{ru_cream}[0] . '(21)Dt6=Hg2+Nk8Ls(89)X7'],
	# Alat (Baku) port and customs: phones read the QR/Digital Link
	['2025-03-09 10:11:20', 'AZ-ALAT-PORT-2', digital_link('https://id.gs1.org', elems('U1'))],
	['2025-03-09 10:12:03', 'AZ-ALAT-PORT-2', scan('', '\u001d', elems('U2'))],
	['2025-03-09 10:12:45', 'AZ-ALAT-PORT-2', bracketed(elems('U3'))],
	['2025-03-09 10:13:30', 'AZ-ALAT-PORT-2', bracketed(elems('U4'))],
	['2025-03-09 10:14:10', 'AZ-ALAT-PORT-2', scan(']d2', $GS, elems('U13'))],
	['2025-03-09 14:30:00', 'AZ-BAKU-CUSTOMS-1', digital_link('https://qr.example.az', elems('U4'))],
	['2025-03-09 14:31:18', 'AZ-BAKU-CUSTOMS-1', '(21)0Aq7Lw2Rm9XcE'],
	['2025-03-09 14:32:40', 'AZ-BAKU-CUSTOMS-1', 'https://id.gs1.org/01/' . substr($u2g, 0, 13) . '3/21/0Aq7Lw2Rm9XcE'],
	['2025-03-09 14:33:05', 'AZ-BAKU-CUSTOMS-1', digital_link('https://id.gs1.org', elems('U9', 1))],
	# Georgia: Poti port, Tbilisi rail
	['2025-03-11 09:00:40', 'GE-POTI-PORT-1', bracketed(elems('U1'))],
	['2025-03-11 09:01:22', 'GE-POTI-PORT-1', scan(']Q3', $GS, elems('U4'))],
	['2025-03-11 09:02:09', 'GE-POTI-PORT-1', scan(']d2', $GS, elems('U5'))],
	['2025-03-11 09:03:00', 'GE-POTI-PORT-1', '(01)' . $p{ge_wine}[0] . '(21)Mm3+Tt7-Yy2WwQQ7Rt5Hp2L9Z'],
	['2025-03-11 16:25:31', 'GE-TBILISI-RAIL-1', digital_link('https://link.example.ge/p', elems('U5'))],
	['2025-03-11 16:26:10', 'GE-TBILISI-RAIL-1', epc_urn('U14')],
	['2025-03-11 16:27:44', 'GE-TBILISI-RAIL-1', 'urn:epc:id:sgtin:4870001.23456.5Tk!Yq3'],
	# Turkiye: Kars customs, Istanbul distribution centre, marketplace
	['2025-03-14 08:45:12', 'TR-KARS-CUSTOMS-1', bracketed(elems('U6'))],
	['2025-03-14 08:46:03', 'TR-KARS-CUSTOMS-1', digital_link('https://link.example.com.tr', elems('U7'))],
	['2025-03-14 08:47:30', 'TR-KARS-CUSTOMS-1', bracketed(elems('U10'))],
	['2025-03-14 13:10:05', 'TR-ISTANBUL-DC-4', epc_urn('U1')],
	['2025-03-14 13:10:44', 'TR-ISTANBUL-DC-4', digital_link('https://dl.example.kz', elems('U2'))],
	['2025-03-14 13:11:20', 'TR-ISTANBUL-DC-4', scan(']d2', $GS, elems('U6'))],
	['2025-03-14 13:11:21', 'TR-ISTANBUL-DC-4', scan(']d2', $GS, elems('U6'))],
	['2025-03-14 13:12:02', 'TR-ISTANBUL-DC-4', scan('', '<GS>', elems('U7'))],
	['2025-03-14 13:12:40', 'TR-ISTANBUL-DC-4', bracketed(elems('U8'))],
	['2025-03-14 13:13:15', 'TR-ISTANBUL-DC-4', scan(']C1', $GS, ['01', gtin('1' . '690123456789')], ['17', '271231'], ['10', 'LOT2503A'])],
	['2025-03-14 13:14:00', 'TR-ISTANBUL-DC-4', 'https://shop.example.com/product/12345'],
	['2025-03-20 17:05:09', 'TR-MARKETPLACE-RETURNS', epc_urn('U6')],
	['2025-03-20 17:06:30', 'TR-MARKETPLACE-RETURNS', scan(']d2', $GS, elems('U1'))],
	['2025-03-20 17:07:02', 'TR-MARKETPLACE-RETURNS', ']E04870001234560'],
);

print join("\t", qw(scanned_at scanner raw)), "\n";
for my $r (@rows)
{
	die "row needs quoting for CSV: $r->[2]\n" if $r->[2] =~ /["\t\n\r]/;
	print "$r->[0]+00\t$r->[1]\t$r->[2]\n";
}
