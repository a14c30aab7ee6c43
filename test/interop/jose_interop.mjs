// test/interop/jose_interop.mjs
//	The independent side of the interoperability test (run by run.sh): the
//	npm jose package (pinned in package-lock.json), with Node's built-in
//	crypto for the JWS name "Ed25519" (RFC 9864), which jose 5 does not
//	know.  Works on Node 18 (Debian 12) and later.
//
//	node jose_interop.mjs sign
//		Makes a key pair per algorithm, signs a record with it and prints one
//		tab-separated line per record: alg, public JWK, compact JWS.  Algs:
//		EdDSA, Ed25519, ES256, ES384, ES512, PS256, PS384, RS256, RS384.
//	node jose_interop.mjs verify < lines
//		Reads lines "alg <tab> public JWK <tab> compact JWS" (records made by
//		provenance.sign()), verifies each with jose (or Node's crypto for
//		Ed25519) holding the verifier to the line's alg, checks that a copy
//		with a changed payload and one with a changed signature fail, and
//		prints one line per record.  Exits 1 on any mismatch.

import crypto from 'node:crypto';
import * as jose from 'jose';

const enc = new TextEncoder();

// alg -> how jose makes its key pair
const ALGS = [
	['EdDSA', {crv: 'Ed25519'}],
	['Ed25519', null],			// Node's crypto: jose 5 has no "Ed25519" alg
	['ES256', {}],
	['ES384', {}],
	['ES512', {}],
	['PS256', {modulusLength: 2048}],
	['PS384', {modulusLength: 3072}],
	['RS256', {modulusLength: 2048}],
	['RS384', {modulusLength: 4096}],
];

function b64u(buf)
{
	return Buffer.from(buf).toString('base64url');
}

// claims of the record signed under alg: non-ASCII text and a nested
// object, so that the exact bytes of the payload matter
function claims(alg)
{
	return {
		iss: 'jose-interop',
		sub: '(01)04870001234560(21)JOSE-' + alg,
		iat: 1767225600,
		origin: 'Қазақстан',
		item: {gtin: '04870001234560', lot: 'L-42'},
	};
}

async function signAll()
{
	for (const [alg, opts] of ALGS)
	{
		let jwk, compact;

		if (opts === null)
		{
			const {publicKey, privateKey} = crypto.generateKeyPairSync('ed25519');
			const input = b64u(JSON.stringify({alg, kid: 'jose-' + alg})) + '.' +
				b64u(JSON.stringify(claims(alg)));

			jwk = publicKey.export({format: 'jwk'});
			compact = input + '.' + b64u(crypto.sign(null, Buffer.from(input), privateKey));
		}
		else
		{
			const {publicKey, privateKey} = await jose.generateKeyPair(alg, {...opts, extractable: true});

			jwk = await jose.exportJWK(publicKey);
			compact = await new jose.CompactSign(enc.encode(JSON.stringify(claims(alg))))
				.setProtectedHeader({alg, kid: 'jose-' + alg})
				.sign(privateKey);
		}
		process.stdout.write(`${alg}\t${JSON.stringify(jwk)}\t${compact}\n`);
	}
}

// true when compact verifies under alg with the public JWK; false when the
// verifier rejects it; throws on anything else (a broken test)
async function verifyOne(alg, jwk, compact)
{
	if (alg === 'Ed25519')
	{
		const [h, p, s] = compact.split('.');
		const key = crypto.createPublicKey({key: jwk, format: 'jwk'});
		const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));

		if (header.alg !== 'Ed25519')
			return false;
		return crypto.verify(null, Buffer.from(h + '.' + p), key, Buffer.from(s, 'base64url'));
	}
	const key = await jose.importJWK(jwk, alg);

	try
	{
		await jose.compactVerify(compact, key, {algorithms: [alg]});
		return true;
	}
	catch (e)
	{
		if (e instanceof jose.errors.JWSSignatureVerificationFailed ||
			e instanceof jose.errors.JWSInvalid)
			return false;
		throw e;
	}
}

// the record with its payload replaced, and with one signature bit flipped
function tampered(compact)
{
	const [h, p, s] = compact.split('.');
	const sig = Buffer.from(s, 'base64url');

	sig[sig.length >> 1] ^= 1;
	return [
		['payload', h + '.' + b64u(JSON.stringify({tampered: true})) + '.' + s],
		['signature', h + '.' + p + '.' + b64u(sig)],
	];
}

async function readStdin()
{
	const chunks = [];

	for await (const c of process.stdin)
		chunks.push(c);
	return Buffer.concat(chunks).toString('utf8');
}

async function verifyAll()
{
	const lines = (await readStdin()).split('\n').filter((l) => l.trim() !== '');
	let bad = 0, good = 0;

	if (lines.length === 0)
	{
		console.log('MISMATCH: no records to verify');
		process.exit(1);
	}
	for (const line of lines)
	{
		const [alg, jwkText, compact] = line.split('\t');
		const jwk = JSON.parse(jwkText);
		const problems = [];

		if (!await verifyOne(alg, jwk, compact))
			problems.push('does not verify');
		for (const [what, t] of tampered(compact))
			if (await verifyOne(alg, jwk, t))
				problems.push(`verifies with a changed ${what}`);
		if (problems.length)
		{
			bad++;
			console.log(`MISMATCH ${alg} (${jwk.kty}${jwk.crv ? ' ' + jwk.crv : ''}): ${problems.join(', ')}: ${compact}`);
		}
		else
		{
			good++;
			console.log(`ok ${alg} (${jwk.kty}${jwk.crv ? ' ' + jwk.crv : ''}${jwk.n ? ' ' + Buffer.from(jwk.n, 'base64url').length * 8 : ''})`);
		}
	}
	console.log(`jose verified ${good} of ${lines.length} provenance records${bad ? `, ${bad} MISMATCHED` : ''}`);
	process.exit(bad ? 1 : 0);
}

const mode = process.argv[2];

if (mode === 'sign')
	await signAll();
else if (mode === 'verify')
	await verifyAll();
else
{
	console.error('usage: node jose_interop.mjs sign | verify < lines');
	process.exit(2);
}
