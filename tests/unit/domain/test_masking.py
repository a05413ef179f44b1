from branchdesk.domain.readers import mask_iin, mask_phone


def test_lists_show_only_the_end_of_an_iin_or_a_phone():
    assert mask_iin("900517300123") == "••••••••0123"
    assert mask_phone("+7 701 234 56 78") == "•••••••••78"
    assert mask_iin(None) == mask_phone("") == ""
    assert "234" not in mask_phone("+7 701 234 56 78")
