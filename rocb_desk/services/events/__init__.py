"""Events: the register, participants, premises bookings, statistics and documents."""
