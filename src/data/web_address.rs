//! Web addresses: the only links the page makes clickable, whatever a file says (a service's site,
//! the source's repository or API).

/// `link` if it is an http(s) address, the only kind the page makes clickable.
pub fn web_address(link: &str) -> Option<&str> {
    let lower = link.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(link.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_address(" https://mobilic.beta.gouv.fr "), Some("https://mobilic.beta.gouv.fr"));
        assert_eq!(web_address("HTTP://x.fr"), Some("HTTP://x.fr"));
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("mobilic.fr"), None);
    }
}
