//! Ed25519 batch verification in which each key's terms are summed once. The events of a push
//! with no request signature (the server's own log) are all signed by the same key, as are
//! several requests of one device, so the batch equation
//! `Σ zᵢ(sᵢB − Rᵢ − kᵢA) = 0` needs one point per signature (its `R`), plus `B` and one `A` per
//! key with the summed scalar `Σ zᵢkᵢ` — about half the multi-scalar multiplication of a
//! batch that repeats `A` for every signature (as `ed25519_dalek::verify_batch` does).
//!
//! The checks are those of `VerifyingKey::verify_strict` on every signature (canonical `s`,
//! `R` and `A` not of small order), with the batch's random 128-bit weights `zᵢ` drawn from
//! the operating system: a forger cannot choose signatures that cancel out. A failed batch
//! says only that some signature is bad; the caller then verifies one by one to find it.

use curve25519_dalek::constants::ED25519_BASEPOINT_POINT;
use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::{IsIdentity, VartimeMultiscalarMul};
use ed25519_dalek::{Signature, VerifyingKey};
use sha2::{Digest, Sha512};

/// One signature to verify: which key (an index into the keys), the signed message, the
/// signature.
pub(crate) struct Item<'a> {
    /// Index of the signer's key in the `keys` slice.
    pub key: usize,
    /// The signed bytes.
    pub message: &'a [u8],
    /// The signature.
    pub signature: &'a Signature,
}

/// Whether every item's signature is valid for its message and key. False if any is not
/// (or a key index is out of range, or the random weights could not be drawn).
pub(crate) fn verify_batch(keys: &[VerifyingKey], items: &[Item<'_>]) -> bool {
    if items.is_empty() {
        return true;
    }
    let points_a: Vec<EdwardsPoint> = keys.iter().map(VerifyingKey::to_edwards).collect();
    if points_a.iter().any(EdwardsPoint::is_small_order) {
        return false;
    }
    let mut random = vec![0u8; 16 * items.len()];
    if getrandom::fill(&mut random).is_err() {
        return false;
    }
    let mut a_coefficients = vec![Scalar::ZERO; keys.len()];
    let mut b_coefficient = Scalar::ZERO;
    let mut scalars = Vec::with_capacity(items.len() + keys.len() + 1);
    let mut points = Vec::with_capacity(items.len() + keys.len() + 1);
    for (item, z) in items.iter().zip(random.chunks_exact(16)) {
        let Some(key) = keys.get(item.key) else {
            return false;
        };
        let Some(s) =
            Option::<Scalar>::from(Scalar::from_canonical_bytes(*item.signature.s_bytes()))
        else {
            return false;
        };
        let Some(r) = CompressedEdwardsY(*item.signature.r_bytes()).decompress() else {
            return false;
        };
        if r.is_small_order() {
            return false;
        }
        let mut wide = [0u8; 32];
        wide[..16].copy_from_slice(z);
        let z = Scalar::from_bytes_mod_order(wide);
        let k = Scalar::from_bytes_mod_order_wide(
            &Sha512::new()
                .chain_update(item.signature.r_bytes())
                .chain_update(key.as_bytes())
                .chain_update(item.message)
                .finalize()
                .into(),
        );
        b_coefficient += z * s;
        a_coefficients[item.key] += z * k;
        // −zᵢRᵢ, so that the whole sum is zero.
        scalars.push(-z);
        points.push(r);
    }
    scalars.push(b_coefficient);
    points.push(ED25519_BASEPOINT_POINT);
    for (c, a) in a_coefficients.into_iter().zip(points_a) {
        scalars.push(-c);
        points.push(a);
    }
    EdwardsPoint::vartime_multiscalar_mul(scalars, points).is_identity()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn signed(key: &SigningKey, n: usize) -> Vec<(Vec<u8>, Signature)> {
        (0..n)
            .map(|i| {
                let m = format!("message {i}").into_bytes();
                let s = key.sign(&m);
                (m, s)
            })
            .collect()
    }

    fn items<'a>(key: usize, sigs: &'a [(Vec<u8>, Signature)]) -> Vec<Item<'a>> {
        sigs.iter()
            .map(|(m, s)| Item {
                key,
                message: m,
                signature: s,
            })
            .collect()
    }

    #[test]
    fn a_batch_of_good_signatures_by_two_keys_verifies() {
        let (a, b) = (
            SigningKey::from_bytes(&[1; 32]),
            SigningKey::from_bytes(&[2; 32]),
        );
        let (sa, sb) = (signed(&a, 20), signed(&b, 3));
        let keys = [a.verifying_key(), b.verifying_key()];
        let mut all = items(0, &sa);
        all.extend(items(1, &sb));
        assert!(verify_batch(&keys, &all));
        assert!(verify_batch(&keys, &[]));
    }

    #[test]
    fn one_bad_signature_fails_the_batch() {
        let (a, b) = (
            SigningKey::from_bytes(&[1; 32]),
            SigningKey::from_bytes(&[2; 32]),
        );
        let keys = [a.verifying_key(), b.verifying_key()];
        // Another message under a good signature.
        let mut sa = signed(&a, 8);
        sa[3].0 = b"something else".to_vec();
        assert!(!verify_batch(&keys, &items(0, &sa)));
        // A signature by the other key, claimed for this one.
        let mut sa = signed(&a, 8);
        sa[5] = signed(&b, 8).remove(5);
        assert!(!verify_batch(&keys, &items(0, &sa)));
        // Right signatures, wrong key index.
        let sa = signed(&a, 4);
        assert!(!verify_batch(&keys, &items(1, &sa)));
        assert!(!verify_batch(&keys, &items(2, &sa)));
    }

    #[test]
    fn what_verify_strict_refuses_the_batch_refuses() {
        let a = SigningKey::from_bytes(&[1; 32]);
        let keys = [a.verifying_key()];
        let mut sa = signed(&a, 4);
        // A non-canonical s (s + l).
        let mut bytes = sa[1].1.to_bytes();
        let l: [u8; 32] = [
            0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9,
            0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        ];
        let mut carry = 0u16;
        for i in 0..32 {
            let v = u16::from(bytes[32 + i]) + u16::from(l[i]) + carry;
            bytes[32 + i] = v as u8;
            carry = v >> 8;
        }
        sa[1].1 = Signature::from_bytes(&bytes);
        assert!(keys[0].verify_strict(&sa[1].0, &sa[1].1).is_err());
        assert!(!verify_batch(&keys, &items(0, &sa)));
        // A small-order R (the identity) with s = 0.
        let mut sa = signed(&a, 4);
        let mut identity = [0u8; 64];
        identity[0] = 1;
        sa[2].1 = Signature::from_bytes(&identity);
        assert!(!verify_batch(&keys, &items(0, &sa)));
        // A small-order key (the identity point).
        let weak = VerifyingKey::from_bytes(&identity[..32].try_into().unwrap()).unwrap();
        assert!(!verify_batch(&[weak], &items(0, &signed(&a, 1))));
    }
}
